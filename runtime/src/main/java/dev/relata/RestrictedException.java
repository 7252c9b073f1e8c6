package dev.relata;

import java.util.List;

/**
 * A delete was refused because rows link to the deleted rows through a
 * {@link OnDelete#RESTRICT} relation: Django's {@code RestrictedError}. Nothing was deleted.
 */
public class RestrictedException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    /** The simple name of the model whose rows could not be deleted. */
    private final String model;
    /** Every relation that blocked the delete. */
    private final List<Reference> references;

    /**
     * A refused delete.
     *
     * @param model      the simple name of the model whose rows could not be deleted
     * @param references every relation that blocked the delete, with the keys of the rows that link
     */
    public RestrictedException(String model, List<Reference> references) {
        super("Cannot delete some instances of model '" + model + "' because they are referenced through "
                + "restricted one-to-one links: " + describe(references) + ".");
        this.model = model;
        this.references = List.copyOf(references);
    }

    /**
     * A refused delete that the database reported.
     *
     * @param model      the simple name of the model whose rows could not be deleted
     * @param references every relation that blocked the delete, with the keys of the rows that link
     * @param cause      the database's error
     */
    public RestrictedException(String model, List<Reference> references, Throwable cause) {
        this(model, references);
        initCause(cause);
    }

    /** {@return the simple name of the model whose rows could not be deleted} */
    public String model() {
        return model;
    }

    /** {@return every relation that blocked the delete, with the keys of the rows that link} */
    public List<Reference> references() {
        return references;
    }

    private static String describe(List<Reference> references) {
        StringBuilder text = new StringBuilder();
        for (Reference reference : references) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(reference);
        }
        return text.toString();
    }
}
