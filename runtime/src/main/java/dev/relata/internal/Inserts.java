package dev.relata.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The {@code insert} and {@code insertAll} of a generated DAO whose model has a table of its own:
 * what every such DAO does the same way, in one place, given what is the model's own (its statements,
 * how to bind a row's key and its other columns, how to copy a row with a generated key, and its
 * {@code limitChoicesTo} check). A DAO makes one when it is made.
 *
 * <p>A row whose key is unset (see {@code keyUnset}) is inserted without it and comes back with the
 * key the database generated; any other row is inserted with its own key. {@code insertAll} does both
 * many rows per statement (see {@link Batch#insert}), in one transaction.
 *
 * @param <T> the model's record type
 */
public final class Inserts<T> {
    /** Binds a row's columns from parameter {@code first} on. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, T row, int first) throws SQLException;
    }

    /** The row with the key the database generated for it, read from the current row of {@code keys}. */
    @FunctionalInterface
    public interface KeyedCopy<T> {
        T withKey(T row, ResultSet keys) throws SQLException;
    }

    /** Refuses rows that the model's {@code limitChoicesTo} conditions exclude, before any is written. */
    @FunctionalInterface
    public interface Check<T> {
        void check(Connection connection, List<T> rows) throws SQLException;
    }

    private final Access access;
    private final Sql insertSql;
    private final String[] generatedKey;
    private final Sql insertWithKeySql;
    private final Predicate<? super T> keyUnset;
    private final Binder<? super T> key;
    private final Binder<? super T> columns;
    private final KeyedCopy<T> withGeneratedKey;
    private final Check<T> check;

    Inserts(Access access, Sql insertSql, String[] generatedKey, Sql insertWithKeySql, Predicate<? super T> keyUnset,
            Binder<? super T> key, Binder<? super T> columns, KeyedCopy<T> withGeneratedKey, Check<T> check) {
        this.access = access;
        this.insertSql = insertSql;
        this.generatedKey = generatedKey;
        this.insertWithKeySql = Objects.requireNonNull(insertWithKeySql, "insertWithKeySql");
        this.keyUnset = keyUnset;
        this.key = Objects.requireNonNull(key, "key");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.withGeneratedKey = withGeneratedKey;
        this.check = check;
        if (keyUnset != null && (insertSql == null || generatedKey == null || withGeneratedKey == null)) {
            throw new IllegalArgumentException("A model whose keys the database generates needs the insert without "
                    + "its key, the key column and the copy with a generated key");
        }
    }

    /** Inserts the row in a transaction (the caller's, or one of its own) and returns it with its key. */
    public T insert(T row) {
        Objects.requireNonNull(row, "row");
        return access.withTransaction(connection -> {
            if (check != null) {
                check.check(connection, List.of(row));
            }
            return insert(connection, row);
        });
    }

    private T insert(Connection connection, T row) throws SQLException {
        if (keyUnset != null && keyUnset.test(row)) {
            try (PreparedStatement ps = connection.prepareStatement(insertSql.text(), generatedKey)) {
                columns.bind(ps, row, 1);
                ps.executeUpdate();
                try (ResultSet keys = access.generatedKey(connection, ps, insertSql, generatedKey[0])) {
                    return withGeneratedKey.withKey(row, keys);
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(insertWithKeySql.text())) {
            key.bind(ps, row, 1);
            columns.bind(ps, row, 2);
            ps.executeUpdate();
        }
        return row;
    }

    /** Whether the database generates the row's key: a model that generates keys, and a row without one. */
    private boolean generatesKey(T row) {
        return keyUnset != null && keyUnset.test(row);
    }

    /**
     * Inserts the rows in one transaction, in order, many per statement, and returns them as
     * {@link #insert} would, in their order. When one row fails, none is written.
     */
    public List<T> insertAll(Collection<? extends T> given) {
        List<T> rows = List.copyOf(given);
        if (rows.isEmpty()) {
            return rows;
        }
        return access.withTransaction(connection -> {
            if (check != null) {
                check.check(connection, rows);
            }
            List<T> inserted = new ArrayList<>(rows);
            // In the order given, a run of rows of one kind (key generated, or given) per batch: a row may
            // link to one before it, and on MariaDB a given key moves the counter that later keys come from.
            int start = 0;
            while (start < rows.size()) {
                boolean generates = generatesKey(rows.get(start));
                List<Integer> run = new ArrayList<>();
                int end = start;
                while (end < rows.size() && generatesKey(rows.get(end)) == generates) {
                    run.add(end++);
                }
                if (generates) {
                    access.insert(connection, insertSql, generatedKey, run,
                            (ps, i, first) -> columns.bind(ps, rows.get(i), first),
                            (i, keys) -> inserted.set(i, withGeneratedKey.withKey(rows.get(i), keys)));
                } else {
                    access.insert(connection, insertWithKeySql, null, run, (ps, i, first) -> {
                        key.bind(ps, rows.get(i), first);
                        columns.bind(ps, rows.get(i), first + 1);
                    }, null);
                }
                start = end;
            }
            return List.copyOf(inserted);
        });
    }
}
