package dev.relata.it.blog;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** The seed's corrected page: {@code profile = models.OneToOneField(Profile, on_delete=models.CASCADE)}. */
@Model
public record Page(
        @Id long id,
        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile,
        String pageName) {}
