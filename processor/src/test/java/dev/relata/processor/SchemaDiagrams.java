package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relata.processor.Compilations.Compiled;
import dev.relata.processor.MermaidErGrammar.Attribute;
import dev.relata.processor.MermaidErGrammar.Diagram;
import dev.relata.processor.MermaidErGrammar.Entity;
import dev.relata.processor.MermaidErGrammar.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The Mermaid diagrams of a compilation ({@code relata-schema.mmd}), checked against its DDL scripts.
 * Each diagram checked is also saved under {@code target/diagrams}, where {@code .ci/check-diagrams}
 * parses them with Mermaid itself.
 */
final class SchemaDiagrams {
    static final String DIAGRAM = "relata-schema.mmd";
    private static final Path SAVED = Path.of("target", "diagrams");

    private SchemaDiagrams() {}

    /**
     * The package's diagram parses, and shows exactly the tables and columns of its PostgreSQL
     * script, the key as PK, every foreign key column as FK, and one relationship per foreign key,
     * labelled with its relation and onDelete; a link is UNIQUE (UK) and one-to-one ({@code |o}), unless
     * it is a foreign key with an index of its own, which many rows may share.
     */
    static void assertMatchesDdl(Compiled compilation, String packageName, String label) {
        String text = diagram(compilation, packageName);
        save(label + "-" + (packageName.isEmpty() ? "unnamed" : packageName), text);
        Diagram diagram = MermaidErGrammar.parse(text);
        String ddl = resource(compilation, packageName, "relata-schema-postgresql.sql");

        Map<String, List<String>> tables = new LinkedHashMap<>();
        Map<String, String> primaryKeys = new LinkedHashMap<>();
        List<String[]> foreignKeys = new ArrayList<>();
        Set<String> indexed = new LinkedHashSet<>();
        for (String line : ddl.lines().filter(l -> !l.startsWith("--")).toList()) {
            String statement = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
            Matcher create = CREATE.matcher(statement);
            Matcher alter = FOREIGN_KEY.matcher(statement);
            Matcher index = INDEX.matcher(statement);
            if (index.find()) {
                indexed.add(index.group(1) + "." + index.group(2));
            } else if (create.find()) {
                List<String> columns = new ArrayList<>();
                Matcher column = COLUMN.matcher(statement.substring(create.end() - 1));
                while (column.find()) {
                    columns.add(column.group(1));
                    if (column.group(2).contains("PRIMARY KEY")) {
                        primaryKeys.put(create.group(1), column.group(1));
                    }
                }
                tables.put(create.group(1), columns);
            } else if (alter.find()) {
                foreignKeys.add(new String[] {alter.group(1), alter.group(2), alter.group(3), alter.group(4)});
            } else {
                throw new AssertionError("an unknown DDL statement: " + statement);
            }
        }

        Map<String, Entity> declared = new LinkedHashMap<>();
        diagram.entities().values().stream().filter(Entity::declared).forEach(e -> declared.put(e.name(), e));
        assertWithMessage("the diagram's entities").that(declared.keySet()).containsExactlyElementsIn(tables.keySet());
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            List<Attribute> attributes = declared.get(table.getKey()).attributes();
            assertWithMessage("the columns of %s", table.getKey())
                    .that(attributes.stream().map(Attribute::name).toList())
                    .containsExactlyElementsIn(table.getValue()).inOrder();
            Set<String> keyed = new LinkedHashSet<>();
            for (Attribute attribute : attributes) {
                if (attribute.keys().contains("PK")) {
                    keyed.add(attribute.name());
                }
            }
            assertWithMessage("the PK of %s", table.getKey()).that(keyed).containsExactly(primaryKeys.get(table.getKey()));
        }
        assertWithMessage("relationships, one per foreign key").that(diagram.relationships()).hasSize(foreignKeys.size());
        for (String[] fk : foreignKeys) {
            String table = fk[0];
            String column = fk[1];
            String target = fk[2];
            String rule = fk[3];
            Attribute attribute = declared.get(table).attributes().stream().filter(a -> a.name().equals(column))
                    .findFirst().orElseThrow();
            assertWithMessage("the keys of %s.%s", table, column).that(attribute.keys()).contains("FK");
            boolean many = indexed.contains(table + "." + column);
            assertWithMessage("a foreign key is unique (the key or a one-to-one link) unless it has an index of its own"
                    + " (%s.%s)", table, column)
                    .that(attribute.keys().contains("PK") || attribute.keys().contains("UK")).isEqualTo(!many);
            boolean found = diagram.relationships().stream().anyMatch(r -> r.from().equals(table) && r.to().equals(target)
                    && r.leftCardinality().equals(many ? "}o" : "|o")
                    && r.rightCardinality().equals("nullable".equals(attribute.comment()) ? "o|" : "||")
                    && r.identifying() == attribute.keys().contains("PK")
                    && Objects.equals(rule, onDeleteOf(r)));
            assertWithMessage("a relationship %s -> %s for %s.%s, ON DELETE %s, in %s", table, target, table, column,
                    rule, diagram.relationships()).that(found).isTrue();
        }
    }

    private static final Pattern INDEX = Pattern.compile("^CREATE INDEX \"[^\"]+\" ON \"([^\"]+)\" \\(\"([^\"]+)\"\\)$");
    private static final Pattern CREATE = Pattern.compile("^CREATE TABLE \"([^\"]+)\" \\(");
    private static final Pattern COLUMN = Pattern.compile("(?:\\(|, )\"([^\"]+)\" ([A-Z][^,]*?(?=, |\\)$))");
    private static final Pattern FOREIGN_KEY = Pattern.compile("^ALTER TABLE \"([^\"]+)\" ADD CONSTRAINT \"[^\"]+\" "
            + "FOREIGN KEY \\(\"([^\"]+)\"\\) REFERENCES \"([^\"]+)\" \\(\"[^\"]+\"\\)(?: ON DELETE (\\w+(?: \\w+)?))?$");

    /** The SQL action a relationship's onDelete has in the DDL, or null for none. */
    private static String onDeleteOf(Relationship relationship) {
        String rule = relationship.label().replaceFirst("^.*, onDelete ", "");
        return switch (rule) {
            case "CASCADE" -> "CASCADE";
            case "PROTECT", "RESTRICT" -> "RESTRICT";
            case "SET_NULL" -> "SET NULL";
            case "SET_DEFAULT" -> "SET DEFAULT";
            case "DO_NOTHING" -> null;
            default -> throw new AssertionError("no onDelete in the label: " + relationship.label());
        };
    }

    private static void save(String name, String text) {
        try {
            Files.createDirectories(SAVED);
            Files.writeString(SAVED.resolve(name + ".mmd"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> packagesWithDiagrams(Compiled compilation) {
        List<String> packages = new ArrayList<>();
        if (compilation.compilation().status() != com.google.testing.compile.Compilation.Status.SUCCESS) {
            return packages;
        }
        for (JavaFileObject file : compilation.compilation().generatedFiles()) {
            String path = file.toUri().getPath();
            if (path.endsWith("/" + DIAGRAM)) {
                String folder = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                        path.length() - DIAGRAM.length());
                packages.add(folder.isEmpty() ? "" : folder.substring(0, folder.length() - 1).replace('/', '.'));
            }
        }
        return packages;
    }

    static String diagram(Compiled compilation, String packageName) {
        return resource(compilation, packageName, DIAGRAM);
    }

    private static String resource(Compiled compilation, String packageName, String name) {
        JavaFileObject file = compilation.compilation()
                .generatedFile(StandardLocation.CLASS_OUTPUT, packageName, name)
                .orElseThrow(() -> new AssertionError("no " + name + " in package " + packageName));
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
