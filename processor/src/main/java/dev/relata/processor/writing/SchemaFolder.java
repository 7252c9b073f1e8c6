package dev.relata.processor.writing;

import dev.relata.processor.schema.Snapshot;
import dev.relata.processor.sql.SqlDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder named by {@code relata.schemaDir}, part of the user's project rather than of javac's
 * output, so it is read and written with plain file IO (javac's {@code Filer} writes only into the
 * build's output folders):
 *
 * <pre>
 * schemaDir/
 *   snapshots/V1.schema, V2.schema, ...     the schema of each version
 *   h2/V1__create_schema.sql, V2__....sql   the migration scripts, one folder per dialect
 *   postgresql/...
 *   mariadb/...
 * </pre>
 *
 * <p>A file is written only when its content changes, with {@code \n} line ends and UTF-8 whatever
 * the platform, so that compiling the same models again leaves every file, and its time stamp, as
 * it is.
 */
public final class SchemaFolder {
    private static final Pattern SNAPSHOT = Pattern.compile("V([1-9][0-9]{0,8})\\.schema");

    private final Path root;

    public SchemaFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path snapshot(int version) {
        return root.resolve("snapshots").resolve("V" + version + ".schema");
    }

    public Path dialectFolder(SqlDialect dialect) {
        return root.resolve(dialect.name().toLowerCase(Locale.ROOT));
    }

    /** The script's path: {@code <dialect>/V<version>__<summary>.sql}. */
    public Path script(SqlDialect dialect, int version, String summary) {
        return dialectFolder(dialect).resolve("V" + version + "__" + summary + ".sql");
    }

    /** The versions that have a snapshot, in ascending order. */
    public List<Integer> versions() {
        Path folder = root.resolve("snapshots");
        TreeSet<Integer> versions = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.forEach(f -> {
                    Matcher m = SNAPSHOT.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        versions.add(Integer.parseInt(m.group(1)));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(versions);
    }

    /** The scripts of the version in the dialect's folder, whatever their summaries. */
    public List<Path> scripts(SqlDialect dialect, int version) {
        Path folder = dialectFolder(dialect);
        List<Path> scripts = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            String prefix = "V" + version + "__";
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".sql"))
                        .sorted().forEach(scripts::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scripts;
    }

    public Snapshot readSnapshot(int version) throws IOException, Snapshot.FormatException {
        return Snapshot.parse(Files.readString(snapshot(version), StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    /** Writes the text unless the file holds it already; returns whether it wrote. */
    public static boolean writeIfChanged(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        // Written beside the file and moved over it, so that a build stopped half-way leaves no half-written script.
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return true;
    }
}
