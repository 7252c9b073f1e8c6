package dev.relata;

/**
 * A row tried to link to a target that another row already links to through the same one-to-one
 * relation. The database's UNIQUE constraint refused it; nothing was written.
 */
public class OneToOneConflictException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    /** The simple name of the model that declares the relation. */
    private final String model;
    /** The relation's name. */
    private final String relation;

    /**
     * A refused second link.
     *
     * @param model    the simple name of the model that declares the relation
     * @param relation the relation's name
     * @param message  what happened, for the user
     * @param cause    the database's error
     */
    public OneToOneConflictException(String model, String relation, String message, Throwable cause) {
        super(message, cause);
        this.model = model;
        this.relation = relation;
    }

    /** {@return the simple name of the model that declares the relation, for example {@code Profile}} */
    public String model() {
        return model;
    }

    /** {@return the relation's name, for example {@code user}} */
    public String relation() {
        return relation;
    }
}
