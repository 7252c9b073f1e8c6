package dev.relata.it.blog;

import dev.relata.Id;
import dev.relata.Model;

/** The seed's user: Django's {@code django.contrib.auth.models.User}, reduced to what the tests need. */
@Model
public record User(@Id long id, String username, boolean isStaff) {}
