package dev.relata;

/**
 * A link to a target that the relation's {@code limitChoicesTo} condition excludes, or to a
 * target that does not exist. Nothing was written.
 */
public class ChoiceNotAllowedException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    /** The simple name of the model that declares the relation. */
    private final String model;
    /** The relation's name. */
    private final String relation;
    /** The key of the refused target. */
    private final Object targetKey;

    /**
     * A refused link.
     *
     * @param model     the simple name of the model that declares the relation
     * @param relation  the relation's name
     * @param condition the relation's {@code limitChoicesTo} condition
     * @param targetKey the key of the refused target
     */
    public ChoiceNotAllowedException(String model, String relation, String condition, Object targetKey) {
        super("Cannot link " + model + "." + relation + " to the row with key " + targetKey
                + ": it does not match limitChoicesTo \"" + condition + "\".");
        this.model = model;
        this.relation = relation;
        this.targetKey = targetKey;
    }

    /** {@return the simple name of the model that declares the relation} */
    public String model() {
        return model;
    }

    /** {@return the relation's name} */
    public String relation() {
        return relation;
    }

    /** {@return the key of the refused target} */
    public Object targetKey() {
        return targetKey;
    }
}
