package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.OnDelete;

/**
 * The catalogue of a schema where {@code Profile}, {@code Wallet}, {@code Badge} and {@code Note}
 * each link one-to-one to {@code User}, through CASCADE, PROTECT, RESTRICT and DO_NOTHING.
 */
final class ConstraintFixtures {
    static final Constraints CATALOGUE = Constraints.builder()
            .unique("profile", "uq_profile_user_id", "Profile", "user", "User")
            .foreignKey("profile", "fk_profile_user_id", "Profile", "user", "User", OnDelete.CASCADE)
            .unique("wallet", "uq_wallet_user_id", "Wallet", "user", "User")
            .foreignKey("wallet", "fk_wallet_user_id", "Wallet", "user", "User", OnDelete.PROTECT)
            .unique("badge", "uq_badge_user_id", "Badge", "user", "User")
            .foreignKey("badge", "fk_badge_user_id", "Badge", "user", "User", OnDelete.RESTRICT)
            .unique("note", "uq_note_user_id", "Note", "user", "User")
            .foreignKey("note", "fk_note_user_id", "Note", "user", "User", OnDelete.DO_NOTHING)
            .build();

    private ConstraintFixtures() {}

    /** Asserts that {@code actual} is of exactly this class, not of a subclass. */
    static <T> T assertExactly(Class<T> type, Object actual) {
        assertEquals(type, actual.getClass(), () -> "was " + actual);
        return type.cast(actual);
    }
}
