package dev.relata.processor.schema;

import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.OnDeleteRule;
import dev.relata.processor.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The schema of one version, free of any dialect: tables, their columns, keys, UNIQUE constraints
 * and foreign keys. It is built from the models, kept in the schema folder as a text file (one line
 * per table and per column, tables in name order, so that a version's change reads as a small diff
 * in review), and compared with the next version's to write the migration.
 *
 * <pre>
 * # Relata schema, version 2. Written by the processor from the @Model records; do not edit.
 * table profile model com.example.blog.Profile
 *   column id LONG primary-key identity not-null
 *   column user_id LONG not-null unique references user(id) on-delete CASCADE
 *   column city STRING(80) null default "Paris"
 * </pre>
 *
 * @param version the schema version
 * @param tables  the tables by name
 */
public record Snapshot(int version, Map<String, Table> tables) {
    static final String HEADER = "# Relata schema, version ";

    public Snapshot {
        tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    /**
     * A table.
     *
     * @param name    the table's name
     * @param model   the qualified name of the record it was written from; a note for people and
     *                messages, not part of the schema
     * @param columns the columns, the key first, then in declaration order
     */
    public record Table(String name, String model, List<Column> columns) {
        public Table {
            columns = List.copyOf(columns);
        }

        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }

        /** True when both tables have the same columns, in any order. */
        public boolean sameSchema(Table other) {
            return name.equals(other.name) && columns.size() == other.columns.size()
                    && columns.stream().allMatch(c -> other.column(c.name()).filter(c::equals).isPresent());
        }
    }

    /**
     * A column.
     *
     * @param name         the column's name
     * @param type         its type, the same for every dialect
     * @param length       the maximum length of a string column; 0 for other types
     * @param primaryKey   whether it is the table's primary key
     * @param identity     whether the database generates its values
     * @param nullable     whether it accepts NULL
     * @param unique       whether it has a UNIQUE constraint of its own (a one-to-one link, or
     *                     {@code @Column(unique = true)})
     * @param references   the foreign key, or null
     * @param defaultValue the {@code @Default} literal as written, or null
     */
    public record Column(String name, SqlType type, int length, boolean primaryKey, boolean identity, boolean nullable,
            boolean unique, Reference references, String defaultValue) {

        /** The type as the snapshot writes it: {@code LONG}, {@code STRING(80)}. */
        public String typeText() {
            return length > 0 ? type + "(" + length + ")" : type.toString();
        }

        /**
         * Whether the column has an index of its own: a foreign key that neither its key nor a UNIQUE
         * constraint indexes already (a {@code @ForeignKey}), so that cascades and reverse lookups do not scan.
         */
        public boolean indexed() {
            return references != null && !unique && !primaryKey;
        }

        /**
         * Whether the column is the key of its table as {@code other} is: both keys or neither, generated
         * alike, and for a key, of the same type and length (the links to it have its type).
         */
        public boolean sameKey(Column other) {
            return primaryKey == other.primaryKey && identity == other.identity
                    && (!primaryKey || type == other.type && length == other.length);
        }
    }

    /** A foreign key: the referenced table and column, and what a delete there does. */
    public record Reference(String table, String column, OnDeleteRule onDelete) {}

    /** The table of one model, as {@code RelataSchema} creates it. */
    public static Table table(ModelGraph graph, ModelDef model) {
        List<Column> columns = new ArrayList<>();
        Component key = graph.key(model);
        String keyColumn = graph.keyColumn(model);
        Optional<ModelDef> parent = graph.parent(model);
        if (parent.isPresent()) {
            columns.add(new Column(keyColumn, key.sqlType(), length(key), true, false, false, false,
                    new Reference(parent.get().table(), graph.keyColumn(parent.get()), OnDeleteRule.CASCADE), null));
        } else {
            boolean identity = key.sqlType().isGeneratedKey() && !key.isLink();
            columns.add(new Column(keyColumn, key.sqlType(), length(key), true, identity, false, false,
                    key.isLink() ? reference(graph, key) : null, null));
        }
        for (Component component : model.ownColumns()) {
            columns.add(new Column(component.column(), component.sqlType(), length(component), false, false,
                    component.nullable(), component.uniqueColumn(), component.isLink() ? reference(graph, component) : null,
                    component.defaultValue()));
        }
        return new Table(model.table(), model.qualifiedName(), columns);
    }

    private static int length(Component component) {
        return component.sqlType() == SqlType.STRING || component.sqlType() == SqlType.ENUM ? component.length() : 0;
    }

    private static Reference reference(ModelGraph graph, Component link) {
        ModelDef target = graph.target(link).orElseThrow();
        return new Reference(target.table(), graph.keyColumn(target), link.link().onDelete());
    }

    /** True when both snapshots describe the same tables and columns, whatever their versions and model names. */
    public boolean sameSchema(Snapshot other) {
        return tables.keySet().equals(other.tables.keySet())
                && tables.values().stream().allMatch(t -> t.sameSchema(other.tables.get(t.name())));
    }

    /** The snapshot as its file holds it. */
    public String text() {
        StringBuilder out = new StringBuilder(HEADER).append(version)
                .append(". Written by the processor from the @Model records; do not edit.\n");
        for (Table table : tables.values()) {
            out.append("table ").append(table.name()).append(" model ").append(table.model()).append('\n');
            for (Column column : table.columns()) {
                out.append("  column ").append(column.name()).append(' ').append(column.typeText());
                if (column.primaryKey()) {
                    out.append(" primary-key");
                }
                if (column.identity()) {
                    out.append(" identity");
                }
                out.append(column.nullable() ? " null" : " not-null");
                if (column.unique()) {
                    out.append(" unique");
                }
                Reference reference = column.references();
                if (reference != null) {
                    out.append(" references ").append(reference.table()).append('(').append(reference.column())
                            .append(") on-delete ").append(reference.onDelete());
                }
                if (column.defaultValue() != null) {
                    out.append(" default ").append(quote(column.defaultValue()));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Thrown for a snapshot file that does not read; the message says where. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        FormatException(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    /** Reads a snapshot file. */
    public static Snapshot parse(String text) throws FormatException {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].startsWith(HEADER)) {
            throw new FormatException(1, "expected `" + HEADER + "<n>. ...`");
        }
        int version;
        try {
            String rest = lines[0].substring(HEADER.length());
            version = Integer.parseInt(rest.substring(0, rest.indexOf('.') < 0 ? rest.length() : rest.indexOf('.')));
        } catch (NumberFormatException e) {
            throw new FormatException(1, "no version number");
        }
        Map<String, Table> tables = new TreeMap<>();
        String tableName = null;
        String model = null;
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> words = words(line, i + 1);
            if (words.get(0).equals("table")) {
                if (tableName != null) {
                    tables.put(tableName, new Table(tableName, model, columns));
                }
                if (words.size() != 4 || !words.get(2).equals("model")) {
                    throw new FormatException(i + 1, "expected `table <name> model <record>`");
                }
                tableName = words.get(1);
                model = words.get(3);
                columns = new ArrayList<>();
            } else if (words.get(0).equals("column") && tableName != null) {
                columns.add(column(words, i + 1));
            } else {
                throw new FormatException(i + 1, "expected `table ...` or `column ...`, found `" + line.strip() + "`");
            }
        }
        if (tableName != null) {
            tables.put(tableName, new Table(tableName, model, columns));
        }
        return new Snapshot(version, tables);
    }

    private static Column column(List<String> words, int line) throws FormatException {
        if (words.size() < 3) {
            throw new FormatException(line, "expected `column <name> <type> ...`");
        }
        String name = words.get(1);
        String typeText = words.get(2);
        int length = 0;
        SqlType type;
        try {
            int open = typeText.indexOf('(');
            if (open >= 0) {
                length = Integer.parseInt(typeText.substring(open + 1, typeText.length() - 1));
                typeText = typeText.substring(0, open);
            }
            type = SqlType.valueOf(typeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new FormatException(line, "unknown column type `" + words.get(2) + "`");
        }
        boolean primaryKey = false;
        boolean identity = false;
        boolean nullable = false;
        boolean unique = false;
        Reference reference = null;
        String defaultValue = null;
        for (int i = 3; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "primary-key" -> primaryKey = true;
                case "identity" -> identity = true;
                case "null" -> nullable = true;
                case "not-null" -> nullable = false;
                case "unique" -> unique = true;
                case "references" -> {
                    if (i + 3 >= words.size() || !words.get(i + 2).equals("on-delete")) {
                        throw new FormatException(line, "expected `references <table>(<column>) on-delete <rule>`");
                    }
                    String target = words.get(i + 1);
                    int open = target.indexOf('(');
                    if (open < 0 || !target.endsWith(")")) {
                        throw new FormatException(line, "expected `<table>(<column>)` after references");
                    }
                    try {
                        reference = new Reference(target.substring(0, open), target.substring(open + 1, target.length() - 1),
                                OnDeleteRule.valueOf(words.get(i + 3)));
                    } catch (IllegalArgumentException e) {
                        throw new FormatException(line, "unknown on-delete rule `" + words.get(i + 3) + "`");
                    }
                    i += 3;
                }
                case "default" -> {
                    if (i + 1 >= words.size()) {
                        throw new FormatException(line, "expected a quoted value after default");
                    }
                    defaultValue = words.get(++i);
                }
                default -> throw new FormatException(line, "unknown word `" + word + "`");
            }
        }
        return new Column(name, type, length, primaryKey, identity, nullable, unique, reference, defaultValue);
    }

    /** The line's words; a double-quoted word is unquoted and unescaped. */
    private static List<String> words(String line, int number) throws FormatException {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '"') {
                StringBuilder word = new StringBuilder();
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new FormatException(number, "unterminated quoted value");
                    }
                    char d = line.charAt(i++);
                    if (d == '"') {
                        break;
                    }
                    if (d == '\\' && i < line.length()) {
                        char e = line.charAt(i++);
                        word.append(switch (e) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            default -> e;
                        });
                    } else {
                        word.append(d);
                    }
                }
                words.add(word.toString());
            } else {
                int end = line.indexOf(' ', i);
                end = end < 0 ? line.length() : end;
                words.add(line.substring(i, end));
                i = end;
            }
        }
        return words;
    }
}
