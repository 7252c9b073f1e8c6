package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import org.jspecify.annotations.Nullable;

/**
 * {@code locker = OneToOneField(Locker, null=True, on_delete=SET_NULL)}: unlinked when its locker
 * is deleted.
 */
@Model
public record Coat(
        @Id long id,
        @OneToOneField(to = Locker.class, onDelete = OnDelete.SET_NULL) @Nullable Long locker,
        String owner) {}
