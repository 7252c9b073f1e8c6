package dev.relata;

import java.util.List;

/**
 * A delete was refused because rows link to the deleted rows through a
 * {@link OnDelete#PROTECT} relation: Django's {@code ProtectedError}. Nothing was deleted.
 */
public class ProtectedException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final List<Reference> references;

    public ProtectedException(String model, List<Reference> references) {
        super("Cannot delete some instances of model '" + model + "' because they are referenced through "
                + "protected one-to-one links: " + describe(references) + ".");
        this.model = model;
        this.references = List.copyOf(references);
    }

    public ProtectedException(String model, List<Reference> references, Throwable cause) {
        this(model, references);
        initCause(cause);
    }

    /** The simple name of the model whose rows could not be deleted. */
    public String model() {
        return model;
    }

    /** Every relation that blocked the delete, with the keys of the rows that link. */
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
