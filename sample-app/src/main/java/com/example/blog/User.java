package com.example.blog;

import dev.relata.*;

/** Django's {@code django.contrib.auth.models.User}, reduced to what the tutorial uses. */
@Model
public record User(@Id long id, String username, boolean isStaff) {}
