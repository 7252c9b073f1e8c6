package dev.relata;

import java.util.List;

/**
 * A delete was refused because rows link to the deleted rows through a
 * {@link OnDelete#RESTRICT} relation: Django's {@code RestrictedError}. Nothing was deleted.
 */
public class RestrictedException extends DeleteRefusedException {
    private static final long serialVersionUID = 1L;

    public RestrictedException(String model, List<Reference> references) {
        super(model, references, "restricted");
    }

    public RestrictedException(String model, List<Reference> references, Throwable cause) {
        this(model, references);
        initCause(cause);
    }
}
