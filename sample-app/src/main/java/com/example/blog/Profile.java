package com.example.blog;

import dev.relata.*;

/**
 * One profile per user. Deleting the user deletes the profile ({@code CASCADE}), and only staff
 * users may be chosen ({@code limit_choices_to={'is_staff': True}}).
 */
@Model
public record Profile(
        @Id long id,
        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE,
                       limitChoicesTo = "isStaff = true") long user,
        String name,
        String city) {}
