package com.example.blog;

import dev.relata.*;

/** One page per profile; deleting the profile deletes the page. */
@Model
public record Page(
        @Id long id,
        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile,
        String pageName) {}
