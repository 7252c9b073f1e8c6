package dev.relata;

/** A constraint was violated and the statement was refused: Django's {@code IntegrityError}. */
public class IntegrityException extends RelataException {
    private static final long serialVersionUID = 1L;

    public IntegrityException(String message) {
        super(message);
    }

    public IntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
