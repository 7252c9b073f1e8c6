package dev.relata.it.nullable;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A nullable link ({@code null=True, on_delete=models.SET_NULL}) and nullable columns of several
 * types. JSpecify's {@code @Nullable} is a type-use annotation; {@code note} is made nullable by a
 * declaration annotation of the same simple name instead.
 */
@Model
public record Device(
        @Id long id,
        @OneToOneField(to = Owner.class, onDelete = OnDelete.SET_NULL) @Nullable Long owner,
        String name,
        @Nullable String label,
        @Nullable Boolean active,
        @Nullable Integer level,
        @Nullable Long serialNumber,
        @Nullable Double weight,
        @Nullable Character grade,
        @Nullable BigDecimal price,
        @Nullable UUID token,
        @Nullable LocalDate bought,
        @Nullable LocalDateTime serviced,
        @Nullable Instant seen,
        byte @Nullable [] firmware,
        @Nullable Priority priority,
        @dev.relata.it.support.Nullable String note) {

    /** A device with only its name, every nullable column null. */
    public static Device named(String name) {
        return new Device(0, null, name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** This device, linked to the owner with the given key (or to none). */
    public Device withOwner(@Nullable Long ownerKey) {
        return new Device(id, ownerKey, name, label, active, level, serialNumber, weight, grade, price, token, bought,
                serviced, seen, firmware, priority, note);
    }
}
