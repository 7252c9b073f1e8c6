package com.example.blog;

import dev.relata.*;

@Model
public record User(@Id long id, String username, boolean isStaff) {}
