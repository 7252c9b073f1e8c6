package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.relata.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assertions over the DDL a {@code RelataSchema.statements(dialect)} returns. They look for the
 * clauses DESIGN fixes (CREATE TABLE, UNIQUE on every one-to-one column, FOREIGN KEY ... ON DELETE)
 * and accept either way of writing a constraint: inline in CREATE TABLE or in a later
 * ALTER TABLE.
 */
public final class Ddl {
    private final List<String> statements;
    private final Dialect dialect;
    private final String all;

    private Ddl(List<String> statements, Dialect dialect) {
        this.statements = statements;
        this.dialect = dialect;
        this.all = String.join(";\n", statements);
    }

    public static Ddl of(List<String> statements, Dialect dialect) {
        return new Ddl(statements, dialect);
    }

    /** The identifier as the dialect quotes it, as a regular expression. */
    private String id(String name) {
        return Pattern.quote(dialect.quote(name));
    }

    /** The CREATE TABLE statement of the table; fails unless there is exactly one. */
    public String createTable(String table) {
        Pattern create = Pattern.compile("(?is)\\s*CREATE\\s+TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?" + id(table) + "\\s*\\(.*");
        List<String> found = statements.stream().filter(s -> create.matcher(s).matches()).toList();
        assertEquals(1, found.size(), () -> "one CREATE TABLE " + dialect.quote(table) + " in:\n" + all);
        return found.get(0);
    }

    /** The index of the table's CREATE TABLE statement in the list. */
    public int positionOf(String table) {
        return statements.indexOf(createTable(table));
    }

    /** The table's CREATE TABLE statement and every ALTER TABLE statement of the table. */
    private String definitionOf(String table) {
        Pattern alter = Pattern.compile("(?is)\\s*ALTER\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?" + id(table) + "\\s.*");
        StringBuilder definition = new StringBuilder(createTable(table));
        for (String statement : statements) {
            if (alter.matcher(statement).matches()) {
                definition.append(";\n").append(statement);
            }
        }
        return definition.toString();
    }

    /** Asserts that the column carries a UNIQUE constraint of its own. */
    public void assertUnique(String table, String column) {
        String inline = id(column) + "[^,]*?\\bUNIQUE\\b";
        String separate = "\\bUNIQUE\\s*\\(\\s*" + id(column) + "\\s*\\)";
        String definition = definitionOf(table);
        assertTrue(Pattern.compile("(?is)" + inline + "|" + separate).matcher(definition).find(),
                () -> "UNIQUE on " + table + "." + column + " in:\n" + definition);
    }

    /** Asserts that the column is (or is the whole of) the table's primary key. */
    public void assertPrimaryKey(String table, String column) {
        String inline = id(column) + "[^,]*?\\bPRIMARY\\s+KEY\\b";
        String separate = "\\bPRIMARY\\s+KEY\\s*\\(\\s*" + id(column) + "\\s*\\)";
        String definition = definitionOf(table);
        assertTrue(Pattern.compile("(?is)" + inline + "|" + separate).matcher(definition).find(),
                () -> "PRIMARY KEY " + table + "." + column + " in:\n" + definition);
    }

    /**
     * The ON DELETE action of the table's foreign key from {@code column} to
     * {@code target(targetColumn)}: {@code "CASCADE"}, {@code "SET NULL"}, {@code "SET DEFAULT"},
     * {@code "RESTRICT"}, {@code "NO ACTION"}, or {@code ""} when the clause is left out. Fails when
     * the table has no such foreign key.
     */
    public String onDelete(String table, String column, String target, String targetColumn) {
        String definition = definitionOf(table);
        Matcher matcher = Pattern.compile("(?is)\\bFOREIGN\\s+KEY\\s*\\(\\s*" + id(column) + "\\s*\\)\\s*REFERENCES\\s+"
                + id(target) + "\\s*\\(\\s*" + id(targetColumn) + "\\s*\\)"
                + "(\\s+ON\\s+DELETE\\s+(CASCADE|SET\\s+NULL|SET\\s+DEFAULT|RESTRICT|NO\\s+ACTION))?").matcher(definition);
        if (!matcher.find()) {
            fail("FOREIGN KEY (" + dialect.quote(column) + ") REFERENCES " + dialect.quote(target) + " ("
                    + dialect.quote(targetColumn) + ") in:\n" + definition);
        }
        String action = matcher.group(2);
        return action == null ? "" : action.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return all;
    }
}
