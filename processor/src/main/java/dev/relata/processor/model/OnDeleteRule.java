package dev.relata.processor.model;

/** The processor's copy of {@code dev.relata.OnDelete}, read from annotations by name. */
public enum OnDeleteRule {
    CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, DO_NOTHING
}
