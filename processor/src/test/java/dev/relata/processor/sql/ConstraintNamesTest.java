package dev.relata.processor.sql;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Constraint names fit every database's limit, which PostgreSQL counts in bytes. */
class ConstraintNamesTest {
    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aShortNameIsKeptInLowerCase() {
        assertThat(ConstraintNames.unique("Profile", "user_id")).isEqualTo("uq_profile_user_id");
    }

    @Test
    void aLongAsciiNameIsCutTo60CharactersWithAHashOfTheWhole() {
        String name = ConstraintNames.foreignKey("t".repeat(40), "c".repeat(40));

        assertThat(name).hasLength(60);
        // 51 characters of the name, an underscore, 8 of the hash.
        assertThat(name).matches("fk_t{40}_c{7}_[0-9a-f]{8}");
        assertThat(ConstraintNames.foreignKey("t".repeat(40), "c".repeat(41))).isNotEqualTo(name);
    }

    @Test
    void aNameBeyondAsciiIsCutTo60BytesOnAWholeCharacter() {
        // 20 characters of 3 bytes each: 60 bytes of table name alone.
        String table = "顧客情報登録記録顧客情報登録記録顧客情報";
        String name = ConstraintNames.unique(table, "user_id");

        assertThat(bytes(name)).isAtMost(60);
        assertThat(name).matches("uq_顧客情報登録記録顧客情報登録記録_[0-9a-f]{8}");
        assertThat(ConstraintNames.unique(table, "owner_id")).isNotEqualTo(name);
    }

    @Test
    void aNameOf60BytesIsKeptWhole() {
        String table = "é".repeat(25); // 50 bytes
        String name = ConstraintNames.index(table, "c_id"); // 3 + 50 + 1 + 4 = 58 bytes

        assertThat(name).isEqualTo("ix_" + table + "_c_id");
        assertThat(bytes(ConstraintNames.index(table, "cc_id"))).isAtMost(60);
    }
}
