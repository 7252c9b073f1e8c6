package dev.relata.processor.sql;

import dev.relata.processor.model.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Constraint and index names: {@code uq_<table>_<column>}, {@code fk_<table>_<column>} and
 * {@code ix_<table>_<column>}, shortened with a
 * stable hash to fit every dialect's identifier limit (63 bytes on PostgreSQL).
 */
public final class ConstraintNames {
    private static final int MAX = 60;

    private ConstraintNames() {}

    public static String unique(String table, String column) {
        return fit("uq_" + table + "_" + column);
    }

    public static String foreignKey(String table, String column) {
        return fit("fk_" + table + "_" + column);
    }

    public static String index(String table, String column) {
        return fit("ix_" + table + "_" + column);
    }

    /**
     * The name in lower case, cut to {@value #MAX} bytes in UTF-8 when longer (PostgreSQL counts an
     * identifier's bytes, and cuts it at 63) with a hash of the whole name at its end.
     */
    static String fit(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (Names.sqlLength(lower) <= MAX) {
            return lower;
        }
        int end = 0;
        int bytes = 0;
        while (end < lower.length()) {
            int codePoint = lower.codePointAt(end);
            int size = Names.utf8Length(codePoint);
            if (bytes + size > MAX - 9) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return lower.substring(0, end) + "_" + hash(lower);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
