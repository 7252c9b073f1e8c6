package com.example.blog;

import dev.relata.*;

@Model
public record Profile(
        @Id long id,
        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE,
                       limitChoicesTo = "isStaff = true") long user,
        String name,
        String city) {}
