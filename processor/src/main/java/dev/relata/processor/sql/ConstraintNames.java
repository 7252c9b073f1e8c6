package dev.relata.processor.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Constraint and index names: {@code uq_<table>_<column>}, {@code fk_<table>_<column>} and
 * {@code ix_<table>_<column>}, shortened with a
 * stable hash to fit every dialect's identifier limit (63 characters on PostgreSQL).
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

    static String fit(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() <= MAX) {
            return lower;
        }
        return lower.substring(0, MAX - 9) + "_" + hash(lower);
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
