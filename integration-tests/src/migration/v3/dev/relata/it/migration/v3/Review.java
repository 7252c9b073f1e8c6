package dev.relata.it.migration.v3;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import org.jspecify.annotations.Nullable;

/** Schema version 3: a review gains a nullable link to the author who wrote it. */
@Model
public record Review(@Id long id, @OneToOneField(to = Book.class, onDelete = OnDelete.CASCADE) long book, String text,
        @OneToOneField(to = Author.class, onDelete = OnDelete.SET_NULL, relatedName = "authoredReview")
        @Nullable Long reviewer) {}
