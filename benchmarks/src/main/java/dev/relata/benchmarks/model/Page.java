package dev.relata.benchmarks.model;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** The seed's page, one per profile. */
@Model
public record Page(
        @Id long id,
        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile,
        String pageName) {}
