package com.example.social;

import dev.relata.*;

@Model
public record Country(@Id String code, String name) {}
