package dev.relata.it.deep;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import org.jspecify.annotations.Nullable;

/**
 * A chain of versions, each linking to the one before it: deleting the first deletes every later
 * one, as deep as the chain goes (InnoDB alone stops cascading after 15 levels).
 */
@Model
public record Version(
        @Id long id,
        int number,
        @OneToOneField(to = Version.class, onDelete = OnDelete.CASCADE, relatedName = "next") @Nullable Long previous) {}
