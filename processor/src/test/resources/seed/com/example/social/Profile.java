package com.example.social;

import dev.relata.*;

@Model
public record Profile(
        @Id @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user,
        String name,
        String city) {}
