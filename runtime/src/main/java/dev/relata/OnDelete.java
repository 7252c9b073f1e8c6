package dev.relata;

/**
 * What happens to a row whose {@link OneToOneField} target is deleted: Django's {@code on_delete}.
 * Every rule is enforced by the database's foreign key (and, where a database lacks the rule, by
 * the generated DAO in the same transaction), so a raw SQL delete obeys it too.
 */
public enum OnDelete {
    /** Delete this row too. */
    CASCADE,
    /**
     * Refuse to delete the target while this row links to it, with a {@link ProtectedException};
     * even when this row would itself be deleted by the same cascade.
     */
    PROTECT,
    /**
     * Refuse to delete the target while this row links to it, with a {@link RestrictedException};
     * unless this row is itself deleted by a cascade of the same delete (Django 3.1+).
     */
    RESTRICT,
    /** Set the link to NULL. The component must be nullable. */
    SET_NULL,
    /** Set the link to the column's {@link Default}, which must be given. */
    SET_DEFAULT,
    /**
     * Take no action. The database's foreign key then refuses the delete while this row links to
     * the target, as an {@link IntegrityException}.
     */
    DO_NOTHING
}
