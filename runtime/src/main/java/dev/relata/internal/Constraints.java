package dev.relata.internal;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OnDelete;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import dev.relata.Reference;
import dev.relata.RelataException;
import dev.relata.RestrictedException;
import dev.relata.TransientException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The named constraints a generated DAO's statements can violate, and how a violation of each
 * becomes a typed exception. The database reports the constraint's name in its message, with a
 * suffix on sharded tables (see {@link #names(String, String)}); the longest known name found there
 * wins.
 */
public final class Constraints {
    /** No known constraints: every violation becomes a plain {@link IntegrityException}. */
    public static final Constraints NONE = new Constraints(List.of(), null);

    /** A UNIQUE constraint on a one-to-one column. */
    public record Unique(String name, String model, String relation, String target) {}

    /** A UNIQUE constraint on a plain column ({@code @Column(unique = true)}) of {@code model}'s {@code component}. */
    public record UniqueColumn(String name, String model, String component, String column) {}

    /**
     * A one-to-one link that is also the table's primary key ({@code @Id @OneToOneField}): its
     * uniqueness is the primary key's, which databases report without a name of ours (H2
     * {@code PRIMARY KEY ON ...}, MariaDB {@code for key 'PRIMARY'}, PostgreSQL
     * {@code <table>_pkey}).
     */
    public record PrimaryKeyLink(String table, String model, String relation, String target) {}

    /** The foreign key of a one-to-one or parent link from {@code model} to {@code target}. */
    public record ForeignKey(String name, String model, String relation, String target, OnDelete onDelete) {}

    private final List<Object> constraints;
    private final PrimaryKeyLink primaryKeyLink;

    private Constraints(List<Object> constraints, PrimaryKeyLink primaryKeyLink) {
        this.constraints = constraints;
        this.primaryKeyLink = primaryKeyLink;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects constraints; see {@link Constraints#builder()}. */
    public static final class Builder {
        private final List<Object> constraints = new ArrayList<>();
        private PrimaryKeyLink primaryKeyLink;

        public Builder unique(String name, String model, String relation, String target) {
            constraints.add(new Unique(name.toLowerCase(Locale.ROOT), model, relation, target));
            return this;
        }

        public Builder uniqueColumn(String name, String model, String component, String column) {
            constraints.add(new UniqueColumn(name.toLowerCase(Locale.ROOT), model, component, column));
            return this;
        }

        public Builder foreignKey(String name, String model, String relation, String target, OnDelete onDelete) {
            constraints.add(new ForeignKey(name.toLowerCase(Locale.ROOT), model, relation, target, onDelete));
            return this;
        }

        public Builder primaryKeyLink(String table, String model, String relation, String target) {
            primaryKeyLink = new PrimaryKeyLink(table.toLowerCase(Locale.ROOT), model, relation, target);
            return this;
        }

        public Constraints build() {
            List<Object> sorted = new ArrayList<>(constraints);
            sorted.sort(Comparator.comparingInt((Object c) -> nameOf(c).length()).reversed());
            return new Constraints(List.copyOf(sorted), primaryKeyLink);
        }
    }

    private static String nameOf(Object constraint) {
        if (constraint instanceof Unique u) {
            return u.name();
        }
        return constraint instanceof UniqueColumn c ? c.name() : ((ForeignKey) constraint).name();
    }

    /** The typed exception for a failed statement. */
    public RelataException translate(SQLException e, Dialect dialect) {
        if (Failures.isTransient(e, dialect)) {
            return new TransientException("The database refused the statement as a deadlock victim or a serialization"
                    + " failure; retry the transaction from its start: " + e.getMessage(), e);
        }
        Violation violation = Violation.of(e, dialect);
        RelataException unroutable = violation == Violation.NONE ? ShardingSphere.unroutable(e) : null;
        if (unroutable != null) {
            return unroutable;
        }
        if (violation == Violation.NONE) {
            return new RelataException(e.getMessage(), e);
        }
        Object constraint = find(e);
        if (constraint == null && violation == Violation.UNIQUE && primaryKeyLink != null && isPrimaryKey(e)) {
            PrimaryKeyLink pk = primaryKeyLink;
            constraint = new Unique(pk.table(), pk.model(), pk.relation(), pk.target());
        }
        if (constraint instanceof Unique u && violation == Violation.UNIQUE) {
            return new OneToOneConflictException(u.model(), u.relation(),
                    "Another " + u.model() + " already links to that " + u.target() + " through the one-to-one '"
                            + u.model() + "." + u.relation() + "'; nothing was written. If one " + u.target()
                            + " may have many " + u.model() + " rows, declare '" + u.model() + "." + u.relation()
                            + "' with @ForeignKey instead of @OneToOneField.", e);
        }
        if (constraint instanceof UniqueColumn c && violation == Violation.UNIQUE) {
            return new IntegrityException("Another " + c.model() + " already has that " + c.component() + ": '"
                    + c.model() + "." + c.component() + "' is unique (column " + c.column() + "); nothing was written.", e);
        }
        if (constraint instanceof ForeignKey fk && violation == Violation.STILL_REFERENCED) {
            List<Reference> references = List.of(new Reference(fk.model(), fk.relation(), List.of()));
            if (fk.onDelete() == OnDelete.PROTECT) {
                return new ProtectedException(fk.target(), references, e);
            }
            if (fk.onDelete() == OnDelete.RESTRICT) {
                return new RestrictedException(fk.target(), references, e);
            }
            return new IntegrityException("Cannot delete the " + fk.target() + ": rows of " + fk.model()
                    + " still link to it through '" + fk.model() + "." + fk.relation() + "' (onDelete = "
                    + fk.onDelete() + ", which leaves the link to the database's foreign key); nothing was deleted.", e);
        }
        if (constraint instanceof ForeignKey fk && violation == Violation.MISSING_TARGET) {
            return new IntegrityException("'" + fk.model() + "." + fk.relation() + "' links to no existing "
                    + fk.target() + "; nothing was written.", e);
        }
        return new IntegrityException(e.getMessage(), e);
    }

    private boolean isPrimaryKey(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String table = primaryKeyLink.table();
        return message.contains("primary key on ") && (message.contains("." + table + "(") || message.contains("\"" + table + "\""))
                || message.contains("for key '" + table + ".primary'") || message.contains("for key 'primary'")
                || names(message, "\"" + table + "_pkey");
    }

    private Object find(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        for (Object constraint : constraints) {
            if (names(message, nameOf(constraint))) {
                return constraint;
            }
        }
        return null;
    }

    /**
     * Whether the message names the constraint: its name as a whole identifier, or followed by a
     * suffix the database added to it, after an underscore: a Citus shard's number
     * ({@code uq_profile_user_id_102268}), the actual table ShardingSphere appends to the names of
     * the constraints it creates on each ({@code uq_profile_user_id_profile_0}), H2's index number
     * ({@code UQ_PROFILE_USER_ID_INDEX_8}). Constraints are tried longest name first, so that of two
     * names where one begins with the other ({@code uq_a_b} and {@code uq_a_b_c}), a message naming
     * the longer one is never taken for the shorter one with a suffix.
     */
    static boolean names(String message, String name) {
        for (int at = message.indexOf(name); at >= 0; at = message.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean starts = at == 0 || !isIdentifierPart(message.charAt(at - 1));
            boolean ends = end == message.length() || !isIdentifierPart(message.charAt(end))
                    || message.charAt(end) == '_' && end + 1 < message.length() && isIdentifierPart(message.charAt(end + 1));
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdentifierPart(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }

    /** What kind of constraint failure an exception reports, by SQLState and vendor code. */
    enum Violation {
        NONE, UNIQUE, STILL_REFERENCED, MISSING_TARGET, OTHER;

        static Violation of(SQLException e, Dialect dialect) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            switch (dialect) {
                case MARIADB:
                    switch (e.getErrorCode()) {
                        case 1062: return UNIQUE;
                        case 1451: return STILL_REFERENCED;
                        case 1452: return MISSING_TARGET;
                        default: return state.startsWith("23") ? OTHER : NONE;
                    }
                case H2:
                    switch (state) {
                        case "23505": return UNIQUE;
                        case "23503": return STILL_REFERENCED;
                        case "23506": return MISSING_TARGET;
                        default: return state.startsWith("23") ? OTHER : NONE;
                    }
                case POSTGRESQL:
                default:
                    switch (state) {
                        case "23505": return UNIQUE;
                        case "23503":
                        case "23001":
                            return message.contains("insert or update") ? MISSING_TARGET : STILL_REFERENCED;
                        default: return state.startsWith("23") ? OTHER : NONE;
                    }
            }
        }
    }
}
