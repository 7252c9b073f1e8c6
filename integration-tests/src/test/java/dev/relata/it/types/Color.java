package dev.relata.it.types;

/** An enum column's type: stored by constant name. */
public enum Color {
    RED,
    GREEN,
    BLUE
}
