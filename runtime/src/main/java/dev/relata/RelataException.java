package dev.relata;

import java.sql.SQLException;

/**
 * The unchecked base of every Relata runtime error. When the database raised the error, the
 * {@link SQLException} is the {@linkplain #getCause() cause}.
 */
public class RelataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An error without an underlying database error.
     *
     * @param message what went wrong
     */
    public RelataException(String message) {
        super(message);
    }

    /**
     * An error with its cause.
     *
     * @param message what went wrong
     * @param cause   the underlying error, usually a {@link SQLException}
     */
    public RelataException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@return the SQLState of the underlying {@link SQLException}, or null when there is none} */
    public String sqlState() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                return e.getSQLState();
            }
        }
        return null;
    }
}
