package dev.relata;

import java.util.List;

/**
 * A delete was refused because rows link to the deleted rows through a
 * {@link OnDelete#RESTRICT} relation: Django's {@code RestrictedError}. Nothing was deleted.
 */
public class RestrictedException extends DeleteRefusedException {
    private static final long serialVersionUID = 1L;

    /**
     * A delete of rows of {@code model} refused by {@link OnDelete#RESTRICT} links.
     *
     * @param model      the simple name of the model whose rows could not be deleted
     * @param references every relation that blocked the delete, with the keys of the rows that link
     */
    public RestrictedException(String model, List<Reference> references) {
        super(model, references, "restricted");
    }

    /**
     * As {@link #RestrictedException(String, List)}, reported by the database's foreign key.
     *
     * @param model      the simple name of the model whose rows could not be deleted
     * @param references every relation that blocked the delete
     * @param cause      the database's refusal
     */
    public RestrictedException(String model, List<Reference> references, Throwable cause) {
        this(model, references);
        initCause(cause);
    }
}
