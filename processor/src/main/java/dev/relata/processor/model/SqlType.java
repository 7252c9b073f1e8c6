package dev.relata.processor.model;

/** The column types a component can map to, each from one family of Java types. */
public enum SqlType {
    BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR, STRING, DECIMAL, UUID, DATE, DATETIME, INSTANT, BYTES, ENUM;

    /** Keys the database can generate. */
    public boolean isGeneratedKey() {
        return this == INT || this == LONG;
    }

    public boolean isNumeric() {
        return this == BYTE || this == SHORT || this == INT || this == LONG || this == FLOAT || this == DOUBLE
                || this == DECIMAL;
    }
}
