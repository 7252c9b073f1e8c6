package dev.relata.internal;

import dev.relata.Dialect;

/**
 * A statement of a generated DAO, rendered for one dialect and parsed once, when the DAO is made:
 * the runtime never scans its text again.
 *
 * <p>A template names identifiers in braces ({@code {user_id}}), which become quoted identifiers
 * of the dialect; {@code {FOR SHARE}} becomes the dialect's shared row lock clause and
 * {@code {DEFAULT VALUES}} the values of a row whose every column takes its default. Templates hold
 * identifiers known at compile time only; values are always bound parameters. Two shapes are
 * recognised:
 * <ul>
 *   <li>a list of keys, {@code IN (}{@value #KEYS}{@code )}: on dialects that
 *   {@linkplain Dialect#bindsKeyListsAsArrays() bind key lists as arrays} it becomes {@code = ANY(?)}, else
 *   {@code IN (?, ?, ...)} of a given size, each size rendered once and kept;</li>
 *   <li>a single-row insert ending in {@code VALUES (...)}, whose row can be repeated to insert many
 *   rows with one statement.</li>
 * </ul>
 */
public final class Sql {
    /** The marker of the list of keys in a template: {@code IN (?*)}. */
    public static final String KEYS = "?*";

    /** The bytes a value other than text takes as a driver sends it, at most: a number, a date, a UUID. */
    public static final int VALUE_BYTES = 64;

    /** The bytes one {@code char} of text takes as a driver sends it, at most. */
    public static final int TEXT_UNIT_BYTES = 4;

    private static final String IN_KEYS = " IN (" + KEYS + ")";
    private static final String VALUES = " VALUES ";
    private static final String INSERT_INTO = "INSERT INTO ";
    /** Key lists are padded to powers of two up to this many keys: one kept text per power. */
    private static final int MAX_LIST = 1 << 30;

    private final Dialect dialect;
    private final String text;
    /** Where {@link #IN_KEYS} starts in {@link #text}, or -1. */
    private final int keysAt;
    /** The parameters before the keys. */
    private final int leadingParameters;
    /** The statement with {@code = ANY(?)} for the keys, when the dialect binds key lists as arrays. */
    private final String arrayText;
    /** The statement with {@code IN (?, ...)} of 2^i keys, at index i, once asked for. */
    private final String[] listTexts = new String[31];
    /** Where the repeatable {@code (...)} row of a single-row insert starts in {@link #text}, or -1. */
    private final int rowAt;
    private final int parametersPerRow;
    /**
     * The most bytes the values of the repeatable row take as a driver sends them, or -1 when a
     * value has no bound; see {@link #of(Dialect, String, long)}.
     */
    private final long valueBytes;
    /** The last multi-row text asked for, which is nearly always the full-size one. */
    private volatile Rows lastRows;

    /** The statement with a leading key column, once asked for; see {@link #withLeadingColumn}. */
    private volatile Sql leadingColumn;
    /** The column {@link #withLeadingColumn} added to make this statement. */
    private String leadingColumnName = "";

    private record Rows(int count, String text) {}

    private Sql(Dialect dialect, String text, long valueBytes) {
        this.dialect = dialect;
        this.text = text;
        this.valueBytes = valueBytes < 0 ? -1 : valueBytes;
        this.keysAt = text.indexOf(IN_KEYS);
        if (keysAt < 0 && text.contains(KEYS)) {
            throw new IllegalArgumentException("'" + KEYS + "' outside '" + IN_KEYS.strip() + "' in: " + text);
        }
        this.leadingParameters = keysAt < 0 ? 0 : count(text, 0, keysAt);
        this.arrayText = keysAt >= 0 && dialect.bindsKeyListsAsArrays()
                ? text.substring(0, keysAt) + " = ANY(?)" + text.substring(keysAt + IN_KEYS.length())
                : null;
        int values = text.lastIndexOf(VALUES);
        int row = keysAt < 0 && values >= 0 && text.startsWith("(", values + VALUES.length()) && text.endsWith(")")
                ? values + VALUES.length() : -1;
        this.parametersPerRow = row < 0 ? 0 : count(text, row, text.length());
        this.rowAt = parametersPerRow > 0 ? row : -1;
    }

    /** The template rendered for the dialect and parsed. */
    public static Sql of(Dialect dialect, String template) {
        return new Sql(dialect, render(dialect, template), -1);
    }

    /**
     * A single-row insert rendered for the dialect and parsed, whose row's values take at most
     * {@code valueBytes} bytes as a driver sends them, which bounds the size of a statement that
     * repeats the row (see {@link Batch}): {@value #VALUE_BYTES} for any value but text, and for text
     * {@value #VALUE_BYTES} plus {@value #TEXT_UNIT_BYTES} per {@code char} of the column's length
     * (UTF-8 takes at most three bytes per UTF-16 unit, and the characters a driver escapes in a
     * literal are ASCII, two bytes escaped). A value that nothing bounds (a {@code BigDecimal}, a
     * {@code byte[]}) has no such statement: use {@link #of(Dialect, String)}.
     *
     * @param valueBytes the bound of the row's values, as above
     */
    public static Sql of(Dialect dialect, String template, long valueBytes) {
        if (valueBytes < 0) {
            throw new IllegalArgumentException("No bound of " + valueBytes + " bytes for the values of: " + template);
        }
        return new Sql(dialect, render(dialect, template), valueBytes);
    }

    /** A statement already rendered, run the way {@code dialect} runs statements. */
    static Sql rendered(Dialect dialect, String text) {
        return new Sql(dialect, text, -1);
    }

    /** As {@link #rendered(Dialect, String)}, with its row's values bounded as by {@link #of(Dialect, String, long)}. */
    static Sql rendered(Dialect dialect, String text, long valueBytes) {
        return new Sql(dialect, text, valueBytes);
    }

    private static String render(Dialect dialect, String template) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            int nested = template.indexOf('{', i + 1);
            if (end < 0 || (nested >= 0 && nested < end)) {
                throw new IllegalArgumentException("Unclosed '{' in SQL template: " + template);
            }
            String name = template.substring(i + 1, end);
            out.append(name.equals("FOR SHARE") ? dialect.shareLock()
                    : name.equals("DEFAULT VALUES") ? dialect.defaultValues()
                    : dialect.quote(name));
            i = end + 1;
        }
        return out.toString();
    }

    private static int count(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '?') {
                count++;
            }
        }
        return count;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The statement as it runs; with {@code IN (?*)} still in it for a statement over a list of keys. */
    public String text() {
        return text;
    }

    /** Whether the statement runs over a list of keys, {@code IN (?*)}. */
    public boolean hasKeys() {
        return keysAt >= 0;
    }

    /** The parameters bound before the list of keys. */
    public int leadingParameters() {
        return leadingParameters;
    }

    /** The statement with one array parameter for the keys, or null when the dialect binds key lists otherwise. */
    String forArray() {
        return arrayText;
    }

    /** The statement with an {@code IN} list of {@code size} placeholders; {@code size} is a power of two. */
    String forKeys(int size) {
        if (keysAt < 0 || size <= 0 || size > MAX_LIST || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("No list of " + size + " keys in: " + text);
        }
        int slot = Integer.numberOfTrailingZeros(size);
        String expanded = listTexts[slot];
        if (expanded == null) {
            StringBuilder out = new StringBuilder(text.length() + 3 * size);
            out.append(text, 0, keysAt).append(" IN (");
            for (int i = 0; i < size; i++) {
                out.append(i == 0 ? "?" : ", ?");
            }
            expanded = out.append(text, keysAt + IN_KEYS.length() - 1, text.length()).toString();
            listTexts[slot] = expanded;
        }
        return expanded;
    }

    /**
     * Whether the statement is a single-row insert whose {@code VALUES (...)} row, of one parameter or
     * more, can be repeated.
     */
    boolean hasRepeatableRow() {
        return rowAt >= 0;
    }

    /** The parameters of the repeatable row. */
    int parametersPerRow() {
        return parametersPerRow;
    }

    /**
     * The most bytes one more row takes in a statement that repeats the row, as a driver sends it:
     * its text, its separator and its values; -1 when a value has no bound.
     */
    long bytesPerRow() {
        return rowAt < 0 || valueBytes < 0 ? -1 : 3L * (text.length() - rowAt + 2) + valueBytes;
    }

    /** The most bytes the text around the rows takes, as a driver sends it. */
    long bytesAroundRows() {
        return rowAt < 0 ? -1 : 3L * rowAt;
    }

    /** The single-row insert made to insert {@code rows} rows: its row repeated. */
    String forRows(int rows) {
        if (rowAt < 0 || rows < 1) {
            throw new IllegalArgumentException("Not a single-row INSERT ... VALUES (...): " + text);
        }
        Rows last = lastRows;
        if (last != null && last.count() == rows) {
            return last.text();
        }
        int rowLength = text.length() - rowAt;
        StringBuilder out = new StringBuilder(rowAt + rows * (rowLength + 2));
        out.append(text, 0, rowAt);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(text, rowAt, text.length());
        }
        String expanded = out.toString();
        lastRows = new Rows(rows, expanded);
        return expanded;
    }

    /**
     * The table of a single-row {@code INSERT INTO t (a, b) VALUES (?, ?)}, as written in it
     * ({@code "t"}), or null for another statement.
     */
    String insertTable() {
        int open = columnListAt();
        return open < 0 ? null : text.substring(INSERT_INTO.length(), open).strip();
    }

    /**
     * The single-row insert with {@code column} (a quoted identifier) and its parameter first:
     * {@code INSERT INTO t (column, a, b) VALUES (?, ?, ?)}, kept once made.
     *
     * @throws IllegalArgumentException when the statement is no single-row insert with a column list
     */
    Sql withLeadingColumn(String column) {
        Sql made = leadingColumn;
        if (made != null && made.leadingColumnName.equals(column)) {
            return made;
        }
        int open = columnListAt();
        if (open < 0 || rowAt < 0) {
            throw new IllegalArgumentException("Not a single-row INSERT INTO t (...) VALUES (...): " + text);
        }
        made = new Sql(dialect, text.substring(0, open + 1) + column + ", " + text.substring(open + 1, rowAt + 1)
                + "?, " + text.substring(rowAt + 1), valueBytes < 0 ? -1 : valueBytes + VALUE_BYTES);
        made.leadingColumnName = column;
        leadingColumn = made;
        return made;
    }

    /** Where the column list of a single-row insert opens, or -1. */
    private int columnListAt() {
        if (rowAt < 0 || !text.regionMatches(true, 0, INSERT_INTO, 0, INSERT_INTO.length())) {
            return -1;
        }
        String quotes = dialect.quote("");
        boolean quoted = false;
        for (int i = INSERT_INTO.length(); i < rowAt; i++) {
            char c = text.charAt(i);
            if (quoted) {
                quoted = c != quotes.charAt(1);
            } else if (c == quotes.charAt(0)) {
                quoted = true;
            } else if (c == '(') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return text;
    }
}
