package dev.relata;

/**
 * The database refused a statement for a reason that retrying may cure: this transaction was
 * chosen as a deadlock's victim, or a serializable transaction could not be serialized (SQLState
 * {@code 40001} or PostgreSQL's {@code 40P01}; MariaDB and MySQL error 1213, H2 error 40001).
 *
 * <p>Retry the whole transaction, from its start: on H2, MariaDB and MySQL the database has already
 * rolled it back, and Relata makes every later call in it, and its end, throw as well, so that
 * nothing of it is committed. Outside a transaction, the one call that threw wrote nothing.
 *
 * <pre>{@code
 * for (int attempt = 1; ; attempt++) {
 *     try {
 *         db.runInTransaction(() -> transfer(from, to));
 *         break;
 *     } catch (TransientException e) {
 *         if (attempt == 3) throw e;
 *     }
 * }
 * }</pre>
 */
public class TransientException extends RelataException {
    private static final long serialVersionUID = 1L;

    /**
     * A statement the database refused, as a deadlock's victim or for a serialization failure.
     *
     * @param message what happened
     * @param cause   the database's refusal, whose SQLState tells which
     */
    public TransientException(String message, Throwable cause) {
        super(message, cause);
    }
}
