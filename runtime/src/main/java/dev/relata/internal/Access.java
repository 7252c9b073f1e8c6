package dev.relata.internal;

import dev.relata.Database;
import dev.relata.Deletion;
import dev.relata.RelataException;
import dev.relata.SqlWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One generated DAO's way to its database: the {@link Engine} it runs on and the {@link Constraints}
 * its statements can violate, with the calls every DAO makes the same way (a row by key, a list, a
 * count, the batch lookups, the deletes through a {@link DeletePlan}), so that each DAO says only what
 * is its own: the statement, how to bind it and how to read a row.
 *
 * <p>Each method is one call of {@link Engine#read} or {@link Engine#withTransaction} around one
 * {@link Queries} or {@link DeletePlan} call, as the DAO would otherwise write it. The single
 * statements ({@link #one}, {@link #list}, {@link #count}) pass the {@code Queries} method itself
 * to {@code Engine.read}, so that a read outside a transaction allocates nothing here besides
 * what the DAO passes in; by a {@code long} key or link, not even a binder.
 */
public final class Access {
    private final Engine engine;
    private final Constraints constraints;

    private Access(Engine engine, Constraints constraints) {
        this.engine = engine;
        this.constraints = constraints;
    }

    /** The access of a DAO on {@code db} whose statements can violate {@code constraints}. */
    public static Access of(Database db, Constraints constraints) {
        return new Access(Engine.of(db), constraints);
    }

    /** Runs work that only reads; see {@link Engine#read}. */
    public <T> T read(SqlWork<T> work) {
        return engine.read(constraints, work);
    }

    /** Runs work that may write, all or nothing; see {@link Engine#withTransaction}. */
    public <T> T withTransaction(SqlWork<T> work) {
        return engine.withTransaction(constraints, work);
    }

    /**
     * Inserts rows many per statement on a connection of work this access runs; see
     * {@link Batch#insert}.
     */
    public void insert(Connection connection, Sql sql, String[] keyColumns, List<Integer> indexes,
            Batch.RowBinder binder, Batch.KeyReader keys) throws SQLException {
        Batch.insert(engine, connection, sql, keyColumns, indexes, binder, keys);
    }

    /**
     * The inserts of a model whose database generates keys: rows for which {@code keyUnset} holds go
     * through {@code insertSql} and come back through {@code withGeneratedKey} with the key read from
     * the column {@code generatedKey}; the others through {@code insertWithKeySql}, their {@code key}
     * bound first, then their other {@code columns}. {@code check}, when not null, refuses rows before
     * any is written. See {@link Inserts}.
     */
    public <T> Inserts<T> inserts(Sql insertSql, String[] generatedKey, Sql insertWithKeySql,
            Predicate<? super T> keyUnset, Inserts.Binder<? super T> key, Inserts.Binder<? super T> columns,
            Inserts.KeyedCopy<T> withGeneratedKey, Inserts.Check<T> check) {
        return new Inserts<>(this, insertSql, generatedKey, insertWithKeySql, keyUnset, key, columns, withGeneratedKey,
                check);
    }

    /**
     * The inserts of a model whose rows always come with their keys: {@code insertWithKeySql}, the
     * {@code key} bound first, then the other {@code columns}. {@code check}, when not null, refuses
     * rows before any is written. See {@link Inserts}.
     */
    public <T> Inserts<T> inserts(Sql insertWithKeySql, Inserts.Binder<? super T> key, Inserts.Binder<? super T> columns,
            Inserts.Check<T> check) {
        return new Inserts<>(this, null, null, insertWithKeySql, null, key, columns, null, check);
    }

    /**
     * The generated key of a single-row insert just run on a connection of work this access runs;
     * see {@link Batch#generatedKey}.
     */
    public ResultSet generatedKey(Connection connection, PreparedStatement ps, Sql sql, String keyColumn)
            throws SQLException {
        return Batch.generatedKey(engine, connection, ps, sql, keyColumn);
    }

    /** The row the statement selects, if any; see {@link Queries#one}. */
    public <T> Optional<T> one(Sql sql, Queries.Binder binder, Queries.RowMapper<T> mapper) {
        return engine.read(constraints, Queries::one, sql, binder, mapper);
    }

    /**
     * The row a statement whose one parameter is a {@code long} (a key, a link) selects, if any, the
     * value bound without a binder of its own; see {@link Queries#one(Connection, Sql, long, Queries.RowMapper)}.
     */
    public <T> Optional<T> one(Sql sql, long parameter, Queries.RowMapper<T> mapper) {
        return engine.read(constraints, Queries::one, sql, parameter, mapper);
    }

    /**
     * The rows a statement whose one parameter is a {@code long} selects, in its order; see
     * {@link Queries#list(Connection, Sql, long, Queries.RowMapper)}.
     */
    public <T> List<T> list(Sql sql, long parameter, Queries.RowMapper<T> mapper) {
        return engine.read(constraints, Queries::list, sql, parameter, mapper);
    }

    /** The rows the statement selects, in its order; see {@link Queries#list}. */
    public <T> List<T> list(Sql sql, Queries.Binder binder, Queries.RowMapper<T> mapper) {
        return engine.read(constraints, Queries::list, sql, binder, mapper);
    }

    /** The rows a statement without parameters selects, in its order. */
    public <T> List<T> list(Sql sql, Queries.RowMapper<T> mapper) {
        return engine.read(constraints, Queries::list, sql, Queries.NO_PARAMETERS, mapper);
    }

    /** The count a statement without parameters selects. */
    public long count(Sql sql) {
        return engine.read(constraints, (connection, statement, none, unused) -> Queries.count(connection, statement),
                sql, null, null);
    }

    /** The targets many rows link to, keyed by each row's key; see {@link Queries#forward}. */
    public <M, K, T> Map<K, T> forward(Sql sql, Collection<M> rows, Function<M, K> keyOf, Function<M, ?> linkOf,
            Queries.RowMapper<T> mapper, Function<T, ?> targetKeyOf) {
        return engine.read(constraints, connection -> Queries.forward(connection, sql, rows, keyOf, linkOf, mapper,
                targetKeyOf));
    }

    /** The rows that link to many targets through a one-to-one link; see {@link Queries#reverse}. */
    public <K, S> Map<K, S> reverse(Sql sql, List<K> keys, Queries.RowMapper<S> mapper, Function<S, K> linkOf) {
        return engine.read(constraints, connection -> Queries.reverse(connection, sql, keys, mapper, linkOf));
    }

    /** The rows that link to many targets through a foreign key; see {@link Queries#reverseMany}. */
    public <K, S> Map<K, List<S>> reverseMany(Sql sql, List<K> keys, Queries.RowMapper<S> mapper, Function<S, K> linkOf) {
        return engine.read(constraints, connection -> Queries.reverseMany(connection, sql, keys, mapper, linkOf, null));
    }

    /**
     * As {@link #reverseMany(Sql, List, Queries.RowMapper, Function)}, for a statement without
     * {@code ORDER BY}: each target's rows are ordered here by {@code keyOf}, the linking row's whole
     * number key.
     */
    public <K, S> Map<K, List<S>> reverseMany(Sql sql, List<K> keys, Queries.RowMapper<S> mapper, Function<S, K> linkOf,
            ToLongFunction<S> keyOf) {
        return engine.read(constraints, connection -> Queries.reverseMany(connection, sql, keys, mapper, linkOf, keyOf));
    }

    /** Deletes the root rows with these keys in one transaction; see {@link DeletePlan#delete}. */
    public int delete(DeletePlan plan, String rootModel, List<?> keys) {
        return engine.withTransaction(constraints, connection -> plan.delete(connection, rootModel, keys));
    }

    /** Deletes the child rows with these keys in one transaction; see {@link DeletePlan#deleteChildren}. */
    public int deleteChildren(DeletePlan plan, String model, String table, List<?> keys) {
        return engine.withTransaction(constraints, connection -> plan.deleteChildren(connection, model, table, keys));
    }

    /** Deletes as {@link #delete} does, counting the rows of every model; see {@link DeletePlan#deleteCounting}. */
    public Deletion deleteCounting(DeletePlan plan, String rootModel, List<?> keys) {
        return engine.withTransaction(constraints, connection -> plan.deleteCounting(connection, rootModel, keys));
    }

    /** Deletes as {@link #deleteChildren} does, counting; see {@link DeletePlan#deleteChildrenCounting}. */
    public Deletion deleteChildrenCounting(DeletePlan plan, String model, String table, List<?> keys) {
        return engine.withTransaction(constraints, connection -> plan.deleteChildrenCounting(connection, model, table,
                keys));
    }

    /** The keys of the rows, in their order, through {@code keyOf}. */
    public static <M, K> List<K> keys(Collection<? extends M> rows, Function<M, K> keyOf) {
        List<K> keys = new ArrayList<>(rows.size());
        for (M row : rows) {
            keys.add(keyOf.apply(row));
        }
        return keys;
    }

    /** The failure of a forward accessor whose non-null link points to no row. */
    public static RelataException missingTarget(String link, String target, Object key) {
        return new RelataException(link + " links to the " + target + " with key " + key + ", which does not exist.");
    }
}
