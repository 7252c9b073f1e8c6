package dev.relata.it.choices;

/** A candidate's status; conditions compare it by constant name. */
public enum Status {
    ACTIVE,
    RETIRED,
    BANNED
}
