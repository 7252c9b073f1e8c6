package com.example.social;

import dev.relata.*;

@Model
public record Like(@Parent Page page, int likes) {}
