package com.example.social;

import dev.relata.*;

@Model
public record Page(
        @Id @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile,
        String pageName) {}
