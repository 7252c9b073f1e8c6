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
 * becomes a typed exception. The database reports the constraint's name in its message, on sharded
 * tables with a suffix that names the shard; each known constraint is on a table, and a suffix is
 * taken only when it fits that table and the way the statement reached the database (see
 * {@link #translate(SQLException, Dialect, boolean)}), so that a known name is not taken for
 * another known name and a suffix.
 */
public final class Constraints {
    /** No known constraints: every violation becomes a plain {@link IntegrityException}. */
    public static final Constraints NONE = new Constraints(List.of(), null);

    /** A UNIQUE constraint on a one-to-one column of {@code table}. */
    public record Unique(String table, String name, String model, String relation, String target) {}

    /**
     * A UNIQUE constraint on a plain column ({@code @Column(unique = true)}) of {@code table}, which
     * is {@code model}'s {@code component}.
     */
    public record UniqueColumn(String table, String name, String model, String component, String column) {}

    /**
     * A one-to-one link that is also the table's primary key ({@code @Id @OneToOneField}): its
     * uniqueness is the primary key's, which databases report without a name of ours (H2
     * {@code PRIMARY KEY ON ...}, MariaDB {@code for key 'PRIMARY'}, PostgreSQL
     * {@code <table>_pkey}).
     */
    public record PrimaryKeyLink(String table, String model, String relation, String target) {}

    /**
     * The foreign key on {@code table} (the linking model's) of a one-to-one or parent link from
     * {@code model} to {@code target}.
     */
    public record ForeignKey(String table, String name, String model, String relation, String target,
            OnDelete onDelete) {}

    /**
     * How a database may report a constraint's name: as it is, or after an underscore, with Citus's
     * shard number ({@code uq_profile_user_id_102268}), H2's index number in hexadecimal
     * ({@code UQ_PROFILE_USER_ID_INDEX_B}), or the actual table ShardingSphere-JDBC names the
     * constraints it creates on each after ({@code uq_profile_user_id_profile_0}): the
     * constraint's table, alone or with a number ({@code TABLE}), or after a prefix of the actual
     * tables' own ({@code PREFIXED_TABLE}, {@code uq_profile_user_id_s_profile_0}).
     */
    enum Suffix { NONE, SHARD_NUMBER, INDEX_NUMBER, TABLE, PREFIXED_TABLE }

    /** The way statements reach the database, which decides the suffixes its names may have. */
    enum Route {
        /** Through ShardingSphere-JDBC: a sharded table's constraints have its actual table appended. */
        SHARDING_SPHERE(Suffix.TABLE, Suffix.PREFIXED_TABLE, Suffix.NONE),
        /** H2, without ShardingSphere: an index of its own for a constraint has a number appended. */
        H2(Suffix.NONE, Suffix.INDEX_NUMBER),
        /** PostgreSQL without ShardingSphere: under Citus, a shard's constraints have its number appended. */
        POSTGRESQL(Suffix.NONE, Suffix.SHARD_NUMBER),
        /** MariaDB and MySQL without ShardingSphere: names as they are. */
        MARIADB(Suffix.NONE),
        /** Not known: any suffix, the longest name first. */
        UNKNOWN(Suffix.values());

        /** The suffixes names may have on this route, the likelier first. */
        private final List<Suffix> suffixes;

        Route(Suffix... suffixes) {
            this.suffixes = List.of(suffixes);
        }

        static Route of(Dialect dialect, boolean shardingSphere) {
            if (shardingSphere) {
                return SHARDING_SPHERE;
            }
            return switch (dialect) {
                case H2 -> H2;
                case POSTGRESQL -> POSTGRESQL;
                default -> MARIADB;
            };
        }

        /** How likely a suffix is here, 0 the likeliest, or -1 for one never found here. */
        int rank(Suffix suffix) {
            return this == UNKNOWN ? 0 : suffixes.indexOf(suffix);
        }
    }

    private final List<Object> constraints;
    private final PrimaryKeyLink primaryKeyLink;

    private Constraints(List<Object> constraints, PrimaryKeyLink primaryKeyLink) {
        this.constraints = constraints;
        this.primaryKeyLink = primaryKeyLink;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects constraints, each with the table it is on; see {@link Constraints#builder()}. Names
     * and tables are compared case-insensitively.
     */
    public static final class Builder {
        private final List<Object> constraints = new ArrayList<>();
        private PrimaryKeyLink primaryKeyLink;

        /** The UNIQUE constraint {@code name} on {@code table}'s column of the one-to-one link {@code model.relation}. */
        public Builder unique(String table, String name, String model, String relation, String target) {
            constraints.add(new Unique(lower(table), lower(name), model, relation, target));
            return this;
        }

        /** The UNIQUE constraint {@code name} on {@code table}'s {@code column}, the unique {@code model.component}. */
        public Builder uniqueColumn(String table, String name, String model, String component, String column) {
            constraints.add(new UniqueColumn(lower(table), lower(name), model, component, column));
            return this;
        }

        /** The foreign key {@code name} on {@code table}, of the link {@code model.relation} to {@code target}. */
        public Builder foreignKey(String table, String name, String model, String relation, String target,
                OnDelete onDelete) {
            constraints.add(new ForeignKey(lower(table), lower(name), model, relation, target, onDelete));
            return this;
        }

        /** The primary key of {@code table}, which is the one-to-one link {@code model.relation}. */
        public Builder primaryKeyLink(String table, String model, String relation, String target) {
            primaryKeyLink = new PrimaryKeyLink(lower(table), model, relation, target);
            return this;
        }

        public Constraints build() {
            List<Object> sorted = new ArrayList<>(constraints);
            sorted.sort(Comparator.comparingInt((Object c) -> nameOf(c).length()).reversed());
            return new Constraints(List.copyOf(sorted), primaryKeyLink);
        }

        private static String lower(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    private static String nameOf(Object constraint) {
        if (constraint instanceof Unique u) {
            return u.name();
        }
        return constraint instanceof UniqueColumn c ? c.name() : ((ForeignKey) constraint).name();
    }

    private static String tableOf(Object constraint) {
        if (constraint instanceof Unique u) {
            return u.table();
        }
        return constraint instanceof UniqueColumn c ? c.table() : ((ForeignKey) constraint).table();
    }

    /**
     * The typed exception for a failed statement, when how it reached the database is not known:
     * a constraint's name may have any suffix of {@link Suffix}, and of two known names that the
     * message could both mean, the longer wins.
     */
    public RelataException translate(SQLException e, Dialect dialect) {
        return translate(e, dialect, Route.UNKNOWN);
    }

    /**
     * The typed exception for a failed statement that ran on {@code dialect}, through
     * ShardingSphere-JDBC or not. Through ShardingSphere, a name with its table's name appended is
     * taken for the constraint with that suffix (a sharded table's), before a known name that reads
     * the same (a constraint of a table ShardingSphere does not shard); elsewhere, a name as it is
     * before one with a shard's or index's number. Of two known names that fit equally, the longer
     * wins.
     */
    public RelataException translate(SQLException e, Dialect dialect, boolean shardingSphere) {
        return translate(e, dialect, Route.of(dialect, shardingSphere));
    }

    private RelataException translate(SQLException e, Dialect dialect, Route route) {
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
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        Object constraint = find(message, route);
        if (constraint == null && violation == Violation.UNIQUE && primaryKeyLink != null && isPrimaryKey(message, route)) {
            PrimaryKeyLink pk = primaryKeyLink;
            constraint = new Unique(pk.table(), pk.table() + "_pkey", pk.model(), pk.relation(), pk.target());
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
            // With SET_DEFAULT, a delete writes the link too: the default, which may be a row that does
            // not exist (or goes in the same delete).
            String how = fk.onDelete() == OnDelete.SET_DEFAULT ? " (a value written, or the default that onDelete = "
                    + "SET_DEFAULT sets when a delete takes the " + fk.target() + " it linked to)" : "";
            return new IntegrityException("'" + fk.model() + "." + fk.relation() + "' links to no existing "
                    + fk.target() + how + "; nothing was written.", e);
        }
        return new IntegrityException(e.getMessage(), e);
    }

    /**
     * Whether the message reports a violation of the primary key of {@link #primaryKeyLink}'s table:
     * H2's and MariaDB's forms, or PostgreSQL's {@code <table>_pkey}, which names the actual table
     * the key is on ({@code profile_0_pkey} through ShardingSphere) and may have a Citus shard's
     * number appended ({@code profile_pkey_102268}).
     */
    private boolean isPrimaryKey(String message, Route route) {
        String table = primaryKeyLink.table();
        if (message.contains("primary key on ") && (message.contains("." + table + "(") || message.contains("\"" + table + "\""))
                || message.contains("for key '" + table + ".primary'") || message.contains("for key 'primary'")) {
            return true;
        }
        for (int at = message.indexOf("_pkey"); at >= 0; at = message.indexOf("_pkey", at + 1)) {
            int start = at;
            while (start > 0 && isIdentifierPart(message.charAt(start - 1))) {
                start--;
            }
            String actualTable = message.substring(start, at);
            Suffix shard = actualTable.equals(table) ? Suffix.NONE : suffix(actualTable, table);
            boolean ofTable = shard == Suffix.NONE
                    || (shard == Suffix.TABLE || shard == Suffix.PREFIXED_TABLE) && route.rank(shard) >= 0;
            Suffix after = suffixAfter(message, at + "_pkey".length());
            if (ofTable && (after == Suffix.NONE || after == Suffix.SHARD_NUMBER && route.rank(after) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The known constraint the message names: of those it names with a suffix that fits their table
     * and the route, the one whose suffix is the likeliest on the route, then the one with the
     * longest name.
     */
    private Object find(String message, Route route) {
        Object found = null;
        int foundRank = Integer.MAX_VALUE;
        for (Object constraint : constraints) { // longest name first: a tie keeps the longer
            Suffix suffix = suffix(message, nameOf(constraint), tableOf(constraint), route);
            int rank = suffix == null ? -1 : route.rank(suffix);
            if (rank >= 0 && rank < foundRank) {
                found = constraint;
                foundRank = rank;
            }
        }
        return found;
    }

    /**
     * Whether the message names the constraint, as a whole identifier or with a suffix of
     * {@link Suffix} that does not need the constraint's table.
     */
    static boolean names(String message, String name) {
        return suffix(message, name, null, Route.UNKNOWN) != null;
    }

    /**
     * The likeliest suffix on the route with which the message names the constraint {@code name} on
     * {@code table} (null when not known), or null when the message does not name it: an
     * identifier that is the name, or the name, an underscore and a suffix that fits.
     */
    static Suffix suffix(String message, String name, String table, Route route) {
        Suffix best = null;
        for (int at = message.indexOf(name); at >= 0; at = message.indexOf(name, at + 1)) {
            if (at > 0 && isIdentifierPart(message.charAt(at - 1))) {
                continue;
            }
            int end = at + name.length();
            int identifierEnd = end;
            while (identifierEnd < message.length() && isIdentifierPart(message.charAt(identifierEnd))) {
                identifierEnd++;
            }
            Suffix suffix;
            if (identifierEnd == end) {
                suffix = Suffix.NONE;
            } else if (message.charAt(end) == '_') {
                suffix = suffix(message.substring(end + 1, identifierEnd), table);
            } else {
                suffix = null;
            }
            int rank = suffix == null ? -1 : route.rank(suffix);
            if (rank >= 0 && (best == null || rank < route.rank(best))) {
                best = suffix;
            }
        }
        return best;
    }

    /** What a suffix after a constraint's name and its underscore is, or null when it is none of {@link Suffix}. */
    private static Suffix suffix(String suffix, String table) {
        if (isNumber(suffix)) {
            return Suffix.SHARD_NUMBER;
        }
        if (suffix.startsWith("index_") && isHexNumber(suffix.substring("index_".length()))) {
            return Suffix.INDEX_NUMBER;
        }
        if (table == null) {
            return null;
        }
        String actualTable = suffix;
        int lastUnderscore = suffix.lastIndexOf('_');
        if (lastUnderscore > 0 && isNumber(suffix.substring(lastUnderscore + 1))) {
            actualTable = suffix.substring(0, lastUnderscore);
        }
        if (actualTable.equals(table)) {
            return Suffix.TABLE;
        }
        return actualTable.endsWith("_" + table) ? Suffix.PREFIXED_TABLE : null;
    }

    /** The suffix of the identifier that goes on at {@code at} ({@code NONE} when it ends there), or null. */
    private static Suffix suffixAfter(String message, int at) {
        int end = at;
        while (end < message.length() && isIdentifierPart(message.charAt(end))) {
            end++;
        }
        if (end == at) {
            return Suffix.NONE;
        }
        return message.charAt(at) == '_' ? suffix(message.substring(at + 1, end), null) : null;
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is a number in hexadecimal, as H2 numbers the indexes of a constraint (lower case here). */
    private static boolean isHexNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
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
