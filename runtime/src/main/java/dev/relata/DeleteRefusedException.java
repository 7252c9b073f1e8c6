package dev.relata;

import java.util.List;

/**
 * A delete was refused because rows link to the deleted rows through a relation that forbids it:
 * the common base of {@link ProtectedException} ({@link OnDelete#PROTECT}) and
 * {@link RestrictedException} ({@link OnDelete#RESTRICT}). Nothing was deleted.
 */
public abstract class DeleteRefusedException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    /** The most keys of one relation that the message lists. */
    static final int KEYS_IN_MESSAGE = 10;

    /** The simple name of the model whose rows could not be deleted. */
    private final String model;
    /** Every relation that blocked the delete, with the keys of all the rows that link. */
    private final List<Reference> references;

    /**
     * A refused delete of rows of {@code model}.
     *
     * @param model      the simple name of the model whose rows could not be deleted
     * @param references every relation that blocked the delete
     * @param kind       how the message names the relations: {@code "protected"} or {@code "restricted"}
     */
    DeleteRefusedException(String model, List<Reference> references, String kind) {
        super("Cannot delete some instances of model '" + model + "' because they are referenced through "
                + kind + " links: " + describe(references) + ".");
        this.model = model;
        this.references = List.copyOf(references);
    }

    /** {@return the simple name of the model whose rows could not be deleted} */
    public String model() {
        return model;
    }

    /** {@return every relation that blocked the delete, with the keys of all the rows that link} */
    public List<Reference> references() {
        return references;
    }

    /**
     * The relations and some of the linking rows' keys: at most {@value #KEYS_IN_MESSAGE} keys per
     * relation, so that the message stays readable however many rows link; {@link #references()}
     * has them all.
     */
    private static String describe(List<Reference> references) {
        StringBuilder text = new StringBuilder();
        for (Reference reference : references) {
            if (text.length() > 0) {
                text.append(", ");
            }
            List<Object> keys = reference.keys();
            text.append('\'').append(reference.model()).append('.').append(reference.relation()).append("' (");
            if (keys.size() <= KEYS_IN_MESSAGE) {
                text.append(reference.model()).append(" keys ").append(keys);
            } else {
                String first = keys.subList(0, KEYS_IN_MESSAGE).toString();
                text.append(keys.size()).append(' ').append(reference.model()).append(" rows, keys ")
                        .append(first, 0, first.length() - 1).append(", ...]");
            }
            text.append(')');
        }
        return text.toString();
    }
}
