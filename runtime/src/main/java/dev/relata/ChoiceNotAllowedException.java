package dev.relata;

/**
 * A link to a target that the relation's {@code limitChoicesTo} condition excludes, or to a
 * target that does not exist. Nothing was written.
 */
public class ChoiceNotAllowedException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String relation;
    private final Object targetKey;

    public ChoiceNotAllowedException(String model, String relation, String condition, Object targetKey) {
        super("Cannot link " + model + "." + relation + " to the row with key " + targetKey
                + ": it does not match limitChoicesTo \"" + condition + "\".");
        this.model = model;
        this.relation = relation;
        this.targetKey = targetKey;
    }

    /** The simple name of the model that declares the relation. */
    public String model() {
        return model;
    }

    /** The relation's name. */
    public String relation() {
        return relation;
    }

    /** The key of the refused target. */
    public Object targetKey() {
        return targetKey;
    }
}
