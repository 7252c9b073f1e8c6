package dev.relata;

import java.util.List;

/**
 * A delete was refused because rows link to the deleted rows through a
 * {@link OnDelete#PROTECT} relation: Django's {@code ProtectedError}. Nothing was deleted.
 */
public class ProtectedException extends DeleteRefusedException {
    private static final long serialVersionUID = 1L;

    public ProtectedException(String model, List<Reference> references) {
        super(model, references, "protected");
    }

    public ProtectedException(String model, List<Reference> references, Throwable cause) {
        this(model, references);
        initCause(cause);
    }
}
