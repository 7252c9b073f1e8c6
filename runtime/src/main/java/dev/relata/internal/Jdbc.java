package dev.relata.internal;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.RelataException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reads and binds the Java types whose JDBC mapping differs between drivers. */
public final class Jdbc {
    private Jdbc() {}

    /**
     * A finder's {@code like} pattern as its statement ({@code LIKE ? ESCAPE '!'}) reads it: {@code %} and
     * {@code _} are wildcards, every other character itself, {@code !} and the backslash included; null
     * stays null (and matches nothing).
     */
    public static String likePattern(String pattern) {
        return pattern == null ? null : pattern.replace("!", "!!");
    }

    public static UUID getUuid(ResultSet rs, int column, Dialect dialect) throws SQLException {
        if (dialect.storesUuidAsText()) {
            String text = rs.getString(column);
            if (text == null) {
                return null;
            }
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw unreadable(rs, column, text, "is no UUID", e);
            }
        }
        return rs.getObject(column, UUID.class);
    }

    public static void setUuid(PreparedStatement ps, int column, UUID value, Dialect dialect) throws SQLException {
        if (dialect.storesUuidAsText()) {
            ps.setString(column, value == null ? null : value.toString());
        } else if (value == null) {
            ps.setNull(column, dialect == Dialect.POSTGRESQL ? Types.OTHER : Types.JAVA_OBJECT);
        } else {
            ps.setObject(column, value);
        }
    }

    /** An {@link Instant} is a {@code TIMESTAMP WITH TIME ZONE}, or a UTC {@code DATETIME(6)} on MariaDB. */
    public static Instant getInstant(ResultSet rs, int column, Dialect dialect) throws SQLException {
        if (dialect.storesInstantAsUtcDateTime()) {
            LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
            return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
        }
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Binds an {@link Instant}, cut to the microsecond as {@link #setDateTime} cuts a
     * {@code LocalDateTime}. A value to be stored is checked first by
     * {@link #storable(Instant, Dialect, String)}.
     *
     * @throws RelataException for an instant beyond the years of a {@code LocalDateTime}
     *     ({@code Instant.MIN} or {@code MAX}), which no driver takes
     */
    public static void setInstant(PreparedStatement ps, int column, Instant value, Dialect dialect) throws SQLException {
        if (value != null && !inLocalDateTimeRange(value)) {
            throw new RelataException("Cannot compare with " + value + ": no database holds an instant before "
                    + LocalDateTime.MIN.toInstant(ZoneOffset.UTC) + " or after " + LocalDateTime.MAX.toInstant(ZoneOffset.UTC)
                    + "; bound a range with one that a database holds.");
        }
        value = value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
        if (dialect.storesInstantAsUtcDateTime()) {
            ps.setObject(column, value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP);
        } else {
            ps.setObject(column, value == null ? null : value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    /**
     * Binds a {@link LocalDateTime}, cut to the microsecond, the precision of its column on every
     * database. Left to themselves, H2 and PostgreSQL round finer digits and MariaDB cuts them, so
     * that {@code 23:59:59.9999995} on New Year's Eve would be stored in the next year on two of them
     * and in this year on the third; cut here, the value stored, and the value a finder compares
     * with, are the same everywhere.
     */
    public static void setDateTime(PreparedStatement ps, int column, LocalDateTime value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.TIMESTAMP);
        } else {
            ps.setObject(column, value.truncatedTo(ChronoUnit.MICROS), Types.TIMESTAMP);
        }
    }

    /**
     * Binds a {@link BigDecimal} to be stored in the column named {@code column}: refused, on MariaDB,
     * when its {@code DECIMAL(65, 30)} column would round it, that is with more than 30 digits after
     * the point or more than 35 before it once trailing zeros are left out. (H2's {@code DECFLOAT} and
     * PostgreSQL's {@code NUMERIC} keep every digit.) On every database the scale is not kept:
     * {@code 1.50} reads back as {@code 1.5}, or with 30 decimals on MariaDB; compare with
     * {@code compareTo}.
     *
     * @throws IntegrityException when MariaDB would round the value
     */
    public static void setDecimal(PreparedStatement ps, int index, BigDecimal value, Dialect dialect, String column)
            throws SQLException {
        if (value != null && dialect == Dialect.MARIADB && value.signum() != 0) {
            BigDecimal exact = value.stripTrailingZeros();
            int decimals = Math.max(exact.scale(), 0);
            int digits = exact.precision() - exact.scale();
            if (decimals > 30 || digits > 35) {
                throw new IntegrityException("'" + column + "' cannot store " + abbreviated(value) + " on MariaDB,"
                        + " whose DECIMAL(65, 30) column keeps at most 35 digits before the point and 30 after it (this"
                        + " number has " + Math.max(digits, 0) + " and " + decimals + "); nothing was written.");
            }
        }
        ps.setBigDecimal(index, value);
    }

    /** A number as the message of {@link #setDecimal} shows it: whole when short, else its first and last digits. */
    private static String abbreviated(BigDecimal value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 20) + "..." + text.substring(text.length() - 10);
    }

    /**
     * A {@code double} to be stored in the column named {@code column}: NaN and the infinities are
     * refused on MariaDB, which has no value for them (H2 and PostgreSQL store them).
     *
     * @throws IntegrityException for NaN or an infinity on MariaDB
     */
    public static double storable(double value, Dialect dialect, String column) {
        if (dialect == Dialect.MARIADB && !Double.isFinite(value)) {
            throw notFinite(value, column);
        }
        return value;
    }

    /** {@link #storable(double, Dialect, String)} for a {@code float}. */
    public static float storable(float value, Dialect dialect, String column) {
        if (dialect == Dialect.MARIADB && !Float.isFinite(value)) {
            throw notFinite(value, column);
        }
        return value;
    }

    /** {@link #storable(double, Dialect, String)} for a {@code Double}, which may be null. */
    public static Double storable(Double value, Dialect dialect, String column) {
        return value == null ? null : (Double) storable(value.doubleValue(), dialect, column);
    }

    /** {@link #storable(double, Dialect, String)} for a {@code Float}, which may be null. */
    public static Float storable(Float value, Dialect dialect, String column) {
        return value == null ? null : (Float) storable(value.floatValue(), dialect, column);
    }

    private static IntegrityException notFinite(double value, String column) {
        return new IntegrityException("'" + column + "' cannot store " + value + " on MariaDB, which has no value for"
                + " NaN or an infinity; nothing was written.");
    }

    /** The first day PostgreSQL's {@code DATE} and {@code TIMESTAMP} columns hold: 4713 BC, in ISO years -4712. */
    private static final LocalDate POSTGRESQL_FIRST_DAY = LocalDate.of(-4712, 1, 1);
    /** The day after the last one PostgreSQL's {@code DATE} columns hold. */
    private static final LocalDate POSTGRESQL_DATES_END = LocalDate.of(5_874_898, 1, 1);
    /** The first moment after the last one PostgreSQL's {@code TIMESTAMP} columns hold. */
    private static final LocalDateTime POSTGRESQL_TIMESTAMPS_END = LocalDateTime.of(294_277, 1, 1, 0, 0);
    /**
     * The first day of MariaDB's {@code DATE} and {@code DATETIME} columns that its driver writes as
     * it is: years before 1 go as their absolute value plus one (year 0 as 0001).
     */
    private static final LocalDate MARIADB_FIRST_DAY = LocalDate.of(1, 1, 1);
    /** The day after the last one MariaDB's columns hold, 9999-12-31. */
    private static final LocalDate MARIADB_DATES_END = LocalDate.of(10_000, 1, 1);

    /**
     * A {@link LocalDate} to be stored in the column named {@code column}: refused where the database
     * would change it. PostgreSQL holds 4713 BC ({@code -4712-01-01}) to {@code 5874897-12-31}, and
     * {@code LocalDate.MIN} and {@code MAX} as its {@code -infinity} and {@code infinity} (its driver
     * would store an earlier day as {@code -infinity}); MariaDB {@code 0001-01-01} to
     * {@code 9999-12-31} (its driver would store year 0 as year 1); H2 every {@code LocalDate}.
     *
     * @throws IntegrityException for a day the database would not store as it is
     */
    public static LocalDate storable(LocalDate value, Dialect dialect, String column) {
        if (value == null) {
            return null;
        }
        switch (dialect) {
            case POSTGRESQL:
                if ((value.isBefore(POSTGRESQL_FIRST_DAY) || !value.isBefore(POSTGRESQL_DATES_END))
                        && !value.equals(LocalDate.MIN) && !value.equals(LocalDate.MAX)) {
                    throw outOfRange(value, column, "PostgreSQL", "dates", POSTGRESQL_FIRST_DAY, POSTGRESQL_DATES_END.minusDays(1)
                            + " (and LocalDate.MIN and MAX, as -infinity and infinity)");
                }
                return value;
            case MARIADB:
                if (value.isBefore(MARIADB_FIRST_DAY) || !value.isBefore(MARIADB_DATES_END)) {
                    throw outOfRange(value, column, "MariaDB", "dates", MARIADB_FIRST_DAY, MARIADB_DATES_END.minusDays(1));
                }
                return value;
            default:
                return value;
        }
    }

    /**
     * A {@link LocalDateTime} to be stored in the column named {@code column}: refused where the
     * database would change it, as {@link #storable(LocalDate, Dialect, String)} refuses a day.
     * PostgreSQL holds 4713 BC to {@code 294276-12-31T23:59:59.999999}, and {@code LocalDateTime.MIN}
     * and {@code MAX} as its infinities; MariaDB {@code 0001-01-01T00:00} to
     * {@code 9999-12-31T23:59:59.999999}; H2 every {@code LocalDateTime}.
     *
     * @throws IntegrityException for a moment the database would not store as it is
     */
    public static LocalDateTime storable(LocalDateTime value, Dialect dialect, String column) {
        if (value == null) {
            return null;
        }
        switch (dialect) {
            case POSTGRESQL:
                if ((value.isBefore(POSTGRESQL_FIRST_DAY.atStartOfDay()) || !value.isBefore(POSTGRESQL_TIMESTAMPS_END))
                        && !value.equals(LocalDateTime.MIN) && !value.equals(LocalDateTime.MAX)) {
                    throw outOfRange(value, column, "PostgreSQL", "timestamps", POSTGRESQL_FIRST_DAY.atStartOfDay(),
                            lastMicrosecondBefore(POSTGRESQL_TIMESTAMPS_END)
                                    + " (and LocalDateTime.MIN and MAX, as -infinity and infinity)");
                }
                return value;
            case MARIADB:
                if (value.isBefore(MARIADB_FIRST_DAY.atStartOfDay()) || !value.isBefore(MARIADB_DATES_END.atStartOfDay())) {
                    throw outOfRange(value, column, "MariaDB", "timestamps", MARIADB_FIRST_DAY.atStartOfDay(),
                            lastMicrosecondBefore(MARIADB_DATES_END.atStartOfDay()));
                }
                return value;
            default:
                return value;
        }
    }

    /**
     * An {@link Instant} to be stored in the column named {@code column}: refused where the database
     * would change it or could not take it. At UTC, PostgreSQL holds 4713 BC to
     * {@code 294276-12-31T23:59:59.999999Z}, MariaDB (a UTC {@code DATETIME}) {@code 0001-01-01T00:00Z}
     * to {@code 9999-12-31T23:59:59.999999Z}, and H2 the years of a {@code LocalDateTime}, which
     * {@code Instant.MIN} and {@code MAX} are beyond by a year.
     *
     * @throws IntegrityException for an instant the database would not store as it is
     */
    public static Instant storable(Instant value, Dialect dialect, String column) {
        if (value == null) {
            return null;
        }
        LocalDateTime first;
        LocalDateTime end;
        String database;
        switch (dialect) {
            case POSTGRESQL:
                first = POSTGRESQL_FIRST_DAY.atStartOfDay();
                end = POSTGRESQL_TIMESTAMPS_END;
                database = "PostgreSQL";
                break;
            case MARIADB:
                first = MARIADB_FIRST_DAY.atStartOfDay();
                end = MARIADB_DATES_END.atStartOfDay();
                database = "MariaDB";
                break;
            default:
                if (inLocalDateTimeRange(value)) {
                    return value;
                }
                throw outOfRange(value, column, "H2", "timestamps", LocalDateTime.MIN.toInstant(ZoneOffset.UTC),
                        LocalDateTime.MAX.toInstant(ZoneOffset.UTC));
        }
        if (value.isBefore(first.toInstant(ZoneOffset.UTC)) || !value.isBefore(end.toInstant(ZoneOffset.UTC))) {
            throw outOfRange(value, column, database, "timestamps", first.toInstant(ZoneOffset.UTC),
                    lastMicrosecondBefore(end).toInstant(ZoneOffset.UTC));
        }
        return value;
    }

    private static LocalDateTime lastMicrosecondBefore(LocalDateTime end) {
        return end.minus(1, ChronoUnit.MICROS);
    }

    private static boolean inLocalDateTimeRange(Instant value) {
        return !value.isBefore(LocalDateTime.MIN.toInstant(ZoneOffset.UTC))
                && !value.isAfter(LocalDateTime.MAX.toInstant(ZoneOffset.UTC));
    }

    private static IntegrityException outOfRange(Object value, String column, String database, String what, Object first,
            Object last) {
        return new IntegrityException("'" + column + "' cannot store " + value + " on " + database + ", whose " + what
                + " run from " + first + " to " + last + "; nothing was written.");
    }

    /**
     * Binds text to be stored in a column of {@code length} characters, refusing what a database
     * would change or refuse: text longer than the column, trailing spaces included, which
     * PostgreSQL and MariaDB would cut silently; an unpaired surrogate, which they would store as
     * {@code ?}; and NUL, which PostgreSQL refuses. Length is {@link String#length()}, in UTF-16 units as H2 counts it (an emoji is two),
     * the strictest of the three, so that a value either comes back exactly as written or is refused
     * with the same exception, before anything is written, on every database.
     *
     * @param column the model's component, for the message: {@code Profile.city}
     * @throws IntegrityException when the text cannot be stored as it is
     */
    public static void setText(PreparedStatement ps, int index, String value, int length, String column)
            throws SQLException {
        if (value != null) {
            int i = unstorableAt(value);
            if (i >= 0 && value.charAt(i) == 0) {
                throw new IntegrityException("'" + column + "' cannot store its text: the character at index " + i
                        + " is NUL (\\u0000), which PostgreSQL refuses in text; nothing was written.");
            }
            if (i >= 0) {
                throw new IntegrityException("'" + column + "' cannot store its text: the character at index " + i
                        + " is half of a surrogate pair (\\u" + Integer.toHexString(value.charAt(i)) + "), which no database"
                        + " keeps; nothing was written.");
            }
            if (value.length() > length) {
                throw new IntegrityException("'" + column + "' holds at most " + length + " characters, counted as"
                        + " String.length() counts them; its text has " + value.length() + "; nothing was written.");
            }
        }
        ps.setString(index, value);
    }

    /**
     * Binds text compared with a column: a finder's value or a key looked up. Text that no column
     * holds, with NUL or half of a surrogate pair (refused by {@link #setText}), equals no stored
     * text and orders among none, so it is bound as NULL and matches no row on every database;
     * left to them, PostgreSQL would refuse NUL with an error of its own, and the PostgreSQL and
     * MariaDB drivers would send half a pair as {@code ?}, matching the rows that hold one.
     */
    public static void setComparedText(PreparedStatement ps, int index, String value) throws SQLException {
        ps.setString(index, value == null || storableText(value) ? value : null);
    }

    /** Binds a {@code char} compared with a column: NUL or half a surrogate pair, which none holds, as NULL. */
    public static void setComparedChar(PreparedStatement ps, int column, Character value, Dialect dialect)
            throws SQLException {
        if (value != null && (value == 0 || Character.isSurrogate(value))) {
            ps.setString(column, null);
            return;
        }
        setChar(ps, column, value, dialect);
    }

    /** Whether a column can hold the text: no NUL, and no half of a surrogate pair. */
    static boolean storableText(String value) {
        return unstorableAt(value) < 0;
    }

    /** The index of the text's first character that no column holds (NUL, half of a surrogate pair), or -1. */
    private static int unstorableAt(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (c == 0 || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A {@code char} is a {@code CHAR(1)} column. MariaDB cuts the trailing spaces of a {@code CHAR}
     * as it reads it, so that a stored space comes back as empty text: a space, as on H2 and
     * PostgreSQL, where it comes back as it is.
     */
    public static Character getChar(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : text.isEmpty() ? ' ' : text.charAt(0);
    }

    /**
     * Binds a {@code char}; half of a surrogate pair and NUL are refused, as {@link #setText} refuses them.
     * On MariaDB a space is bound as empty text: its {@code CHAR(1)} holds a space as empty text (see
     * {@link #getChar}), which its no-pad collation compares as unequal to a space, so that a finder
     * or a condition comparing with a space would find nothing.
     *
     * @throws IntegrityException for a surrogate or NUL
     */
    public static void setChar(PreparedStatement ps, int column, Character value, Dialect dialect) throws SQLException {
        if (value != null && value == ' ' && dialect == Dialect.MARIADB) {
            ps.setString(column, "");
            return;
        }
        if (value != null && Character.isSurrogate(value)) {
            throw new IntegrityException("A char column cannot store half of a surrogate pair (\\u"
                    + Integer.toHexString(value) + "), which no database keeps; nothing was written.");
        }
        if (value != null && value == 0) {
            throw new IntegrityException("A char column cannot store NUL (\\u0000), which PostgreSQL refuses in text;"
                    + " nothing was written.");
        }
        ps.setString(column, value == null ? null : value.toString());
    }

    /** An enum is stored by its constant's name. */
    public static <E extends Enum<E>> E getEnum(ResultSet rs, int column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw unreadable(rs, column, name, "names no constant of " + type.getName(), e);
        }
    }

    /**
     * A stored value that the column's Java type cannot hold, written by hand or by an older
     * version of the model (a renamed enum constant, say).
     */
    private static RelataException unreadable(ResultSet rs, int column, String value, String problem,
            IllegalArgumentException cause) throws SQLException {
        ResultSetMetaData metaData = rs.getMetaData();
        String table = metaData.getTableName(column);
        String where = (table == null || table.isEmpty() ? "" : table + ".") + metaData.getColumnLabel(column);
        return new RelataException("Cannot read column " + where + ": the stored value '" + value + "' " + problem + ".",
                cause);
    }

    public static void setEnum(PreparedStatement ps, int column, Enum<?> value) throws SQLException {
        ps.setString(column, value == null ? null : value.name());
    }

    // Boxed primitives: SQL NULL is null.

    public static Boolean getBooleanOrNull(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    public static void setBooleanOrNull(PreparedStatement ps, int column, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.BOOLEAN);
        } else {
            ps.setBoolean(column, value);
        }
    }

    public static Byte getByteOrNull(ResultSet rs, int column) throws SQLException {
        byte value = rs.getByte(column);
        return rs.wasNull() ? null : value;
    }

    public static void setByteOrNull(PreparedStatement ps, int column, Byte value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.TINYINT);
        } else {
            ps.setByte(column, value);
        }
    }

    public static Short getShortOrNull(ResultSet rs, int column) throws SQLException {
        short value = rs.getShort(column);
        return rs.wasNull() ? null : value;
    }

    public static void setShortOrNull(PreparedStatement ps, int column, Short value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.SMALLINT);
        } else {
            ps.setShort(column, value);
        }
    }

    public static Integer getIntOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static void setIntOrNull(PreparedStatement ps, int column, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.INTEGER);
        } else {
            ps.setInt(column, value);
        }
    }

    public static Long getLongOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static void setLongOrNull(PreparedStatement ps, int column, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.BIGINT);
        } else {
            ps.setLong(column, value);
        }
    }

    public static Float getFloatOrNull(ResultSet rs, int column) throws SQLException {
        float value = rs.getFloat(column);
        return rs.wasNull() ? null : value;
    }

    public static void setFloatOrNull(PreparedStatement ps, int column, Float value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.REAL);
        } else {
            ps.setFloat(column, value);
        }
    }

    public static Double getDoubleOrNull(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    public static void setDoubleOrNull(PreparedStatement ps, int column, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.DOUBLE);
        } else {
            ps.setDouble(column, value);
        }
    }

    public static <T> T getObject(ResultSet rs, int column, Class<T> type) throws SQLException {
        return rs.getObject(column, type);
    }

    public static void setObject(PreparedStatement ps, int column, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(column, sqlType);
        } else {
            ps.setObject(column, value, sqlType);
        }
    }
}
