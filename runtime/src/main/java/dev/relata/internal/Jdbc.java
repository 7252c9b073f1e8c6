package dev.relata.internal;

import dev.relata.Dialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    public static UUID getUuid(ResultSet rs, int column, Dialect dialect) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            String text = rs.getString(column);
            return text == null ? null : UUID.fromString(text);
        }
        return rs.getObject(column, UUID.class);
    }

    public static void setUuid(PreparedStatement ps, int column, UUID value, Dialect dialect) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            ps.setString(column, value == null ? null : value.toString());
        } else if (value == null) {
            ps.setNull(column, dialect == Dialect.POSTGRESQL ? Types.OTHER : Types.JAVA_OBJECT);
        } else {
            ps.setObject(column, value);
        }
    }

    /** An {@link Instant} is a {@code TIMESTAMP WITH TIME ZONE}, or a UTC {@code DATETIME(6)} on MariaDB. */
    public static Instant getInstant(ResultSet rs, int column, Dialect dialect) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
            return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
        }
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static void setInstant(PreparedStatement ps, int column, Instant value, Dialect dialect) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            ps.setObject(column, value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP);
        } else {
            ps.setObject(column, value == null ? null : value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    /** A {@code char} is a {@code CHAR(1)} column. */
    public static Character getChar(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.isEmpty() ? null : text.charAt(0);
    }

    public static void setChar(PreparedStatement ps, int column, Character value) throws SQLException {
        ps.setString(column, value == null ? null : value.toString());
    }

    /** An enum is stored by its constant's name. */
    public static <E extends Enum<E>> E getEnum(ResultSet rs, int column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    public static void setEnum(PreparedStatement ps, int column, Enum<?> value) throws SQLException {
        ps.setString(column, value == null ? null : value.name());
    }
}
