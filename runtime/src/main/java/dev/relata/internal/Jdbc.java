package dev.relata.internal;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.RelataException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    public static void setInstant(PreparedStatement ps, int column, Instant value, Dialect dialect) throws SQLException {
        if (dialect.storesInstantAsUtcDateTime()) {
            ps.setObject(column, value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP);
        } else {
            ps.setObject(column, value == null ? null : value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    /**
     * Binds text to be stored in a column of {@code length} characters, refusing what a database
     * would change or refuse: text longer than the column, trailing spaces included, which
     * PostgreSQL and MariaDB would cut silently; and an unpaired surrogate, which they would store as
     * {@code ?}. Length is {@link String#length()}, in UTF-16 units as H2 counts it (an emoji is two),
     * the strictest of the three, so that a value either comes back exactly as written or is refused
     * with the same exception, before anything is written, on every database.
     *
     * @param column the model's component, for the message: {@code Profile.city}
     * @throws IntegrityException when the text cannot be stored as it is
     */
    public static void setText(PreparedStatement ps, int index, String value, int length, String column)
            throws SQLException {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new IntegrityException("'" + column + "' cannot store its text: the character at index " + i
                            + " is half of a surrogate pair (\\u" + Integer.toHexString(c) + "), which no database keeps;"
                            + " nothing was written.");
                }
            }
            if (value.length() > length) {
                throw new IntegrityException("'" + column + "' holds at most " + length + " characters, counted as"
                        + " String.length() counts them; its text has " + value.length() + "; nothing was written.");
            }
        }
        ps.setString(index, value);
    }

    /** A {@code char} is a {@code CHAR(1)} column. */
    public static Character getChar(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.isEmpty() ? null : text.charAt(0);
    }

    /**
     * Binds a {@code char}; half of a surrogate pair is refused, as {@link #setText} refuses it.
     *
     * @throws IntegrityException for a surrogate
     */
    public static void setChar(PreparedStatement ps, int column, Character value) throws SQLException {
        if (value != null && Character.isSurrogate(value)) {
            throw new IntegrityException("A char column cannot store half of a surrogate pair (\\u"
                    + Integer.toHexString(value) + "), which no database keeps; nothing was written.");
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
