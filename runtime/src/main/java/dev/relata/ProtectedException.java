package dev.relata;

import java.util.List;

/**
 * A delete was refused because rows link to the deleted rows through a
 * {@link OnDelete#PROTECT} relation: Django's {@code ProtectedError}. Nothing was deleted.
 */
public class ProtectedException extends DeleteRefusedException {
    private static final long serialVersionUID = 1L;

    /**
     * A delete of rows of {@code model} refused by {@link OnDelete#PROTECT} links.
     *
     * @param model      the simple name of the model whose rows could not be deleted
     * @param references every relation that blocked the delete, with the keys of the rows that link
     */
    public ProtectedException(String model, List<Reference> references) {
        super(model, references, "protected");
    }

    /**
     * As {@link #ProtectedException(String, List)}, reported by the database's foreign key.
     *
     * @param model      the simple name of the model whose rows could not be deleted
     * @param references every relation that blocked the delete
     * @param cause      the database's refusal
     */
    public ProtectedException(String model, List<Reference> references, Throwable cause) {
        this(model, references);
        initCause(cause);
    }
}
