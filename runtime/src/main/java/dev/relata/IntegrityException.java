package dev.relata;

/** A constraint was violated and the statement was refused: Django's {@code IntegrityError}. */
public class IntegrityException extends RelataException {
    private static final long serialVersionUID = 1L;

    /**
     * A violation without an underlying database error.
     *
     * @param message what was violated
     */
    public IntegrityException(String message) {
        super(message);
    }

    /**
     * A violation the database reported.
     *
     * @param message what was violated
     * @param cause   the database's error, usually a {@link java.sql.SQLException}
     */
    public IntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
