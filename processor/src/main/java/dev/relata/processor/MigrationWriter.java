package dev.relata.processor;

import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.schema.SchemaDiff;
import dev.relata.processor.schema.Snapshot;
import dev.relata.processor.sql.MigrationSql;
import dev.relata.processor.sql.SqlDialect;
import dev.relata.processor.validation.MigrationChecks;
import dev.relata.processor.writing.SchemaFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Keeps the schema folder of {@code relata.schemaDir} in step with the models: the snapshot of
 * the current version and its script per dialect, written once. A version whose snapshot exists is
 * released: its files are never written again, and models that no longer match it are an error
 * that says to bump {@code relata.schemaVersion}.
 */
final class MigrationWriter {
    private final SchemaFolder folder;
    private final Reporter reporter;
    private final MigrationChecks checks;
    private final MigrationChecks.Sources sources;

    MigrationWriter(Path root, Reporter reporter, MigrationChecks.Sources sources) {
        this.folder = new SchemaFolder(root);
        this.reporter = reporter;
        this.sources = sources;
        this.checks = new MigrationChecks(reporter, sources);
    }

    /**
     * Checks the models' schema {@code current} against the folder and writes what is missing.
     * {@code renames} maps each table's renamed columns to their earlier names.
     */
    void write(Snapshot current, Map<String, Map<String, String>> renames) {
        try {
            writeChecked(current, renames);
        } catch (IOException | UncheckedIOException e) {
            reporter.reportWithoutElement(Message.SCHEMA_FOLDER, folder.root(), "reading or writing failed: " + e,
                    "Check that relata.schemaDir names a folder the build can write to");
        }
    }

    private void writeChecked(Snapshot current, Map<String, Map<String, String>> renames) throws IOException {
        int version = current.version();
        List<Integer> versions = folder.versions();
        Snapshot base = null;
        for (int v : versions) {
            if (v < version) {
                base = read(v);
                if (base == null) {
                    return;
                }
            }
        }
        SchemaDiff diff = base == null ? null : SchemaDiff.between(base, current, renames);
        if (versions.contains(version)) {
            Snapshot written = read(version);
            if (written == null) {
                return;
            }
            if (!written.sameSchema(current)) {
                // A version set back by mistake: the models are those of a later version, written already.
                for (int later : versions) {
                    Snapshot laterSnapshot = later > version ? read(later) : null;
                    if (laterSnapshot != null && laterSnapshot.sameSchema(current)) {
                        reporter.reportWithoutElement(Message.SCHEMA_FOLDER, folder.root(),
                                "relata.schemaVersion is " + version + ", but the models are those of version " + later
                                        + ", written already", "Set relata.schemaVersion to " + later);
                        return;
                    }
                }
                SchemaDiff change = SchemaDiff.between(written, current, renames);
                String table = change.changes().get(0).table();
                int next = versions.get(versions.size() - 1) + 1;
                reporter.report(Message.RELEASED_VERSION_CHANGED,
                        current.tables().containsKey(table) ? sources.element(table, null) : null,
                        String.valueOf(version), folder.snapshot(version), change.description(), String.valueOf(next));
                return;
            }
            // Released and unchanged: the same warnings as when it was written, and any deleted script back.
            int errors = reporter.errorCount();
            if (diff != null) {
                checks.checkRenames(base, renames);
                checks.check(SchemaDiff.between(base, written, renames), version);
            }
            if (reporter.errorCount() == errors) {
                writeScripts(base, written, renames, false);
            }
            return;
        }
        int newest = versions.isEmpty() ? 0 : versions.get(versions.size() - 1);
        if (newest > version) {
            reporter.reportWithoutElement(Message.SCHEMA_FOLDER, folder.root(),
                    "relata.schemaVersion is " + version + ", but the folder holds version " + newest
                            + " already, and a version in between would run out of order",
                    "Set relata.schemaVersion to " + newest + " if the models are those of version " + newest
                            + ", or to " + (newest + 1) + " for a new version");
            return;
        }
        int errors = reporter.errorCount();
        if (diff != null) {
            checks.checkRenames(base, renames);
            checks.check(diff, version);
        }
        if (reporter.errorCount() > errors) {
            return;
        }
        for (SqlDialect dialect : SqlDialect.values()) {
            if (!folder.scripts(dialect, version).isEmpty()) {
                reporter.reportWithoutElement(Message.SCHEMA_FOLDER, folder.root(),
                        folder.scripts(dialect, version).get(0) + " exists, but the snapshot of version " + version
                                + " does not, so Relata cannot tell whether that script is its own",
                        "Delete the V" + version + "__*.sql scripts to have them written again, or restore "
                                + folder.snapshot(version));
                return;
            }
        }
        SchemaFolder.writeIfChanged(folder.snapshot(version), current.text());
        writeScripts(base, current, renames, true);
    }

    /** Writes the version's script in every dialect that has none; a script that exists is never touched. */
    private void writeScripts(Snapshot base, Snapshot schema, Map<String, Map<String, String>> renames, boolean fresh)
            throws IOException {
        SchemaDiff diff = base == null ? null : SchemaDiff.between(base, schema, renames);
        String summary = diff == null ? "create_schema" : diff.summary();
        for (SqlDialect dialect : SqlDialect.values()) {
            if (fresh || folder.scripts(dialect, schema.version()).isEmpty()) {
                List<String> statements = diff == null ? MigrationSql.create(schema, dialect) : MigrationSql.migrate(diff, dialect);
                String text = MigrationSql.script(schema.version(), base == null ? null : base.version(), statements, dialect);
                SchemaFolder.writeIfChanged(folder.script(dialect, schema.version(), summary), text);
            }
        }
    }

    /** The snapshot of the version, or null after reporting why it does not read. */
    private Snapshot read(int version) throws IOException {
        try {
            return folder.readSnapshot(version);
        } catch (Snapshot.FormatException e) {
            reporter.reportWithoutElement(Message.SCHEMA_FOLDER, folder.root(),
                    folder.snapshot(version) + " does not read, " + e.getMessage(),
                    "Restore the file from version control: the processor writes it, and compares the models with it");
            return null;
        }
    }
}
