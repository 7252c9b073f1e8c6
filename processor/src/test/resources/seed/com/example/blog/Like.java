package com.example.blog;

import dev.relata.*;

@Model
public record Like(@Parent Page page, int likes) {}
