package dev.relata;

/**
 * A row tried to link to a target that another row already links to through the same one-to-one
 * relation. The database's UNIQUE constraint refused it; nothing was written.
 */
public class OneToOneConflictException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String relation;

    public OneToOneConflictException(String model, String relation, String message, Throwable cause) {
        super(message, cause);
        this.model = model;
        this.relation = relation;
    }

    /** The simple name of the model that declares the relation, for example {@code Profile}. */
    public String model() {
        return model;
    }

    /** The relation's name, for example {@code user}. */
    public String relation() {
        return relation;
    }
}
