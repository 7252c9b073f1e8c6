package dev.relata.it.nullable;

/** An enum for a nullable enum column. */
public enum Priority {
    LOW,
    HIGH
}
