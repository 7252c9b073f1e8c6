package com.example.blog;

import dev.relata.*;

@Model
public record Page(
        @Id long id,
        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile,
        String pageName) {}
