package dev.relata;

import java.util.List;

/**
 * A delete was refused because rows link to the deleted rows through a relation that forbids it:
 * the common base of {@link ProtectedException} ({@link OnDelete#PROTECT}) and
 * {@link RestrictedException} ({@link OnDelete#RESTRICT}). Nothing was deleted.
 */
public abstract class DeleteRefusedException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final List<Reference> references;

    /**
     * @param model      the simple name of the model whose rows could not be deleted
     * @param references every relation that blocked the delete
     * @param kind       how the message names the relations: {@code "protected"} or {@code "restricted"}
     */
    DeleteRefusedException(String model, List<Reference> references, String kind) {
        super("Cannot delete some instances of model '" + model + "' because they are referenced through "
                + kind + " one-to-one links: " + describe(references) + ".");
        this.model = model;
        this.references = List.copyOf(references);
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
