package com.example.dining;

import dev.relata.*;

@Model
public record Waiter(@Id long id,
        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant, String name) {}
