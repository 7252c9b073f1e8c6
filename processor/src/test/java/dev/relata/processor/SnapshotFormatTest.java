package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.processor.model.OnDeleteRule;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.schema.Snapshot;
import dev.relata.processor.schema.Snapshot.Column;
import dev.relata.processor.schema.Snapshot.Reference;
import dev.relata.processor.schema.Snapshot.Table;
import dev.relata.processor.writing.SchemaFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot file: what is written reads back the same, whatever a default holds, and a broken file says where. */
class SnapshotFormatTest {
    static final Snapshot SNAPSHOT = new Snapshot(7, Map.of(
            "profile", new Table("profile", "com.example.Profile", List.of(
                    new Column("id", SqlType.UUID, 0, true, false, false, false, null, null),
                    new Column("user_id", SqlType.LONG, 0, false, false, true, true,
                            new Reference("user", "id", OnDeleteRule.SET_NULL), null),
                    new Column("motto", SqlType.STRING, 80, false, false, false, false, null,
                            "say \"hi\"\\ there\nand\ttab, déjà vu"),
                    new Column("kind", SqlType.ENUM, 255, false, false, false, false, null, "PLAIN"),
                    new Column("empty", SqlType.STRING, 255, false, false, true, false, null, ""))),
            "user", new Table("user", "com.example.User", List.of(
                    new Column("id", SqlType.LONG, 0, true, true, false, false, null, null),
                    new Column("joined", SqlType.INSTANT, 0, false, false, false, false, null, "2020-01-01T00:00:00Z")))));

    @Test
    void whatIsWrittenReadsBackTheSame() throws Snapshot.FormatException {
        Snapshot read = Snapshot.parse(SNAPSHOT.text());

        assertThat(read).isEqualTo(SNAPSHOT);
        assertThat(read.text()).isEqualTo(SNAPSHOT.text());
    }

    @Test
    void tablesAreInNameOrderOneLinePerColumn() {
        String text = SNAPSHOT.text();

        assertThat(text).startsWith("# Relata schema, version 7.");
        assertThat(text.indexOf("table profile")).isLessThan(text.indexOf("table user"));
        assertThat(text).contains("\n  column user_id LONG null unique references user(id) on-delete SET_NULL\n");
        assertThat(text).contains("\n  column motto STRING(80) not-null default \"say \\\"hi\\\"\\\\ there\\nand\\ttab, déjà vu\"\n");
        assertThat(text.lines().count()).isEqualTo(10);
    }

    @Test
    void windowsLineEndsFromACheckoutReadTheSame(@TempDir Path folder) throws Exception {
        SchemaFolder schema = new SchemaFolder(folder);
        Files.createDirectories(schema.snapshot(7).getParent());
        Files.writeString(schema.snapshot(7), SNAPSHOT.text().replace("\n", "\r\n"), StandardCharsets.UTF_8);

        assertThat(schema.readSnapshot(7)).isEqualTo(SNAPSHOT);
        assertThat(schema.versions()).containsExactly(7);
    }

    @Test
    void theSameSchemaIgnoresVersionAndModelNames() {
        Snapshot moved = new Snapshot(8, Map.of("profile", SNAPSHOT.tables().get("profile"),
                "user", new Table("user", "org.other.User", SNAPSHOT.tables().get("user").columns())));

        assertThat(moved.sameSchema(SNAPSHOT)).isTrue();
        assertThat(new Snapshot(7, Map.of("user", SNAPSHOT.tables().get("user"))).sameSchema(SNAPSHOT)).isFalse();
    }

    @Test
    void aBrokenFileSaysWhichLine() {
        String broken = SNAPSHOT.text().replace("STRING(80)", "TEXT(80)");

        Snapshot.FormatException e = assertThrows(Snapshot.FormatException.class, () -> Snapshot.parse(broken));

        assertThat(e).hasMessageThat().isEqualTo("line 5: unknown column type `TEXT(80)`");
    }
}
