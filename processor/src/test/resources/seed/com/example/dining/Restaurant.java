package com.example.dining;

import dev.relata.*;

@Model
public record Restaurant(@Id long id, String name, @Column(unique = true, length = 20) String code) {}
