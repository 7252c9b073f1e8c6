package com.example.dining;

import dev.relata.Database;
import dev.relata.Deletion;
import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import dev.relata.RelataException;
import dev.relata.RestrictedException;
import dev.relata.RowMapper;
import dev.relata.internal.Access;
import dev.relata.internal.Constraints;
import dev.relata.internal.DeletePlan;
import dev.relata.internal.Inserts;
import dev.relata.internal.Jdbc;
import dev.relata.internal.Queries;
import dev.relata.internal.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Reads and writes {@link Waiter} rows in the table {@code waiter}, over plain JDBC.
 *
 * <p>Every method joins the transaction the current thread has open on the {@link Database}, or runs in one
 * of its own. Constraint failures become typed exceptions: {@link OneToOneConflictException} for a link to an
 * already linked target, {@link ProtectedException} and {@link RestrictedException} for refused deletes.
 */
@Generated("dev.relata.processor.RelataProcessor")
@NullMarked
public final class WaiterDao {
    /** The constraints this DAO's statements can violate, each on its table, for typed exceptions. */
    private static final Constraints CONSTRAINTS = Constraints.builder()
        .foreignKey("waiter", "fk_waiter_restaurant_id", "Waiter", "restaurant", "Restaurant", OnDelete.CASCADE)
        .build();

    private final Access db;

    private final Dialect dialect;

    /** The key column, as the driver names it for generated keys. */
    private final String[] generatedKey;

    /** Inserts a row with its key. Its values take at most 1212 bytes as a driver sends them. */
    private final Sql insertWithKeySql;

    /** Inserts a row whose key the database generates. Its values take at most 1148 bytes as a driver sends them. */
    private final Sql insertSql;

    /** Inserts rows, with the keys the database generates for rows without one. */
    private final Inserts<Waiter> inserts;

    /** Selects one row by key. */
    private final Sql findByIdSql;

    /** Selects every row, by key. */
    private final Sql findAllSql;

    /** Counts the rows. */
    private final Sql countSql;

    /** Writes every column of a row. */
    private final Sql updateSql;

    /** Deletes Waiter rows with Django's {@code on_delete} rules for every link that reaches them. */
    private final DeletePlan deletePlan;

    /** Selects the Restaurant that one Waiter.restaurant link points to. */
    private final Sql restaurantSql;

    /** Selects the Restaurant rows of many Waiter.restaurant links. */
    private final Sql restaurantForSql;

    /** Selects every row, unordered: what the row mapper reads. */
    private final Sql selectStatement;

    /** Reads a {@link Waiter} row: {@link #readWaiter}, made once. */
    private final Queries.RowMapper<Waiter> waiterReader = this::readWaiter;

    /** Reads a {@link Restaurant} row: {@link #readRestaurant}, made once. */
    private final Queries.RowMapper<Restaurant> restaurantReader = this::readRestaurant;

    /** A DAO for {@link Waiter} rows on the database. */
    public WaiterDao(Database db) {
        this.db = Access.of(db, CONSTRAINTS);
        this.dialect = db.dialect();
        this.generatedKey = new String[] {dialect.fold("id")};
        this.insertWithKeySql = Sql.of(dialect,
                "INSERT INTO {waiter} ({id}, {restaurant_id}, {name}) VALUES (?, ?, ?)", 1212);
        this.insertSql = Sql.of(dialect,
                "INSERT INTO {waiter} ({restaurant_id}, {name}) VALUES (?, ?)", 1148);
        this.inserts = this.db.inserts(insertSql, generatedKey, insertWithKeySql,
                row -> row.id() == 0, (ps, row, first) -> ps.setLong(first, row.id()),
                this::bindColumns, this::withGeneratedKey, null);
        this.findByIdSql = Sql.of(dialect,
                "SELECT {id}, {restaurant_id}, {name} FROM {waiter} WHERE {id} = ?");
        this.findAllSql = Sql.of(dialect,
                "SELECT {id}, {restaurant_id}, {name} FROM {waiter} ORDER BY {id}");
        this.countSql = Sql.of(dialect, "SELECT COUNT(*) FROM {waiter}");
        this.updateSql = Sql.of(dialect,
                "UPDATE {waiter} SET {restaurant_id} = ?, {name} = ? WHERE {id} = ?");
        this.deletePlan = DeletePlan.builder(dialect, "waiter")
                .table("waiter", "id", "Waiter")
                .build();
        this.restaurantSql = Sql.of(dialect,
                "SELECT {id}, {name}, {code} FROM {restaurant} WHERE {id} = ?");
        this.restaurantForSql = Sql.of(dialect,
                "SELECT {id}, {name}, {code} FROM {restaurant} WHERE {id} IN (?*)");
        this.selectStatement = Sql.of(dialect,
                "SELECT t0.{id}, t0.{restaurant_id}, t0.{name} FROM {waiter} t0");
    }

    /**
     * Inserts the {@code waiter} and returns it with its key: generated by the database when the
     * given key is 0.
     */
    public Waiter insert(Waiter waiter) {
        Objects.requireNonNull(waiter, "waiter");
        return inserts.insert(waiter);
    }

    /**
     * Inserts the rows in one transaction, in order, many rows per statement, and returns them as
     * {@link #insert} would. When one row fails, none is written.
     */
    public List<Waiter> insertAll(Collection<? extends Waiter> waiters) {
        return inserts.insertAll(waiters);
    }

    /**
     * The {@code waiter} with the key the database generated for it, in the current row of
     * {@code keys}.
     */
    private Waiter withGeneratedKey(Waiter waiter, ResultSet keys) throws SQLException {
        return new Waiter(keys.getLong(1), waiter.restaurant(), waiter.name());
    }

    /** The {@link Waiter} with this key, or empty when there is none. */
    public Optional<Waiter> findById(long id) {
        return db.one(findByIdSql, id, waiterReader);
    }

    /** Every {@link Waiter}, ordered by key. */
    public List<Waiter> findAll() {
        return db.list(findAllSql, waiterReader);
    }

    /** The number of {@link Waiter} rows. */
    public long count() {
        return db.count(countSql);
    }

    /**
     * Writes every column of the {@code waiter}.
     *
     * @throws RelataException when there is no row with its key
     */
    public void update(Waiter waiter) {
        Objects.requireNonNull(waiter, "waiter");
        db.withTransaction(connection -> {
            boolean found = Queries.update(connection, updateSql, ps -> {
                bindColumns(ps, waiter, 1);
                ps.setLong(3, waiter.id());
            }) > 0;
            if (!found) {
                throw new RelataException("No Waiter with key " + waiter.id() + " to update.");
            }
            return null;
        });
    }

    /**
     * Deletes the {@link Waiter} with this key, applying every {@code onDelete} rule that reaches it, in one
     * transaction.
     *
     * @return true when a row was deleted
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public boolean deleteById(long id) {
        return db.delete(deletePlan, "Waiter", List.of(id)) > 0;
    }

    /** Deletes the {@code waiter}'s row by its key; see {@link #deleteById}. */
    public boolean delete(Waiter waiter) {
        return deleteById(waiter.id());
    }

    /**
     * Deletes the {@link Waiter} rows with these keys as {@link #deleteById} does, in one transaction and a few
     * statements for all of them: when one is refused, none is deleted.
     *
     * @return how many rows were deleted
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public int deleteAllById(Collection<Long> ids) {
        return db.delete(deletePlan, "Waiter", List.copyOf(ids));
    }

    /** Deletes the rows by their keys; see {@link #deleteAllById}. */
    public int deleteAll(Collection<? extends Waiter> waiters) {
        return deleteAllById(Access.keys(waiters, row -> row.id()));
    }

    /**
     * Deletes the {@code waiter}'s row as {@link #delete} does, and tells how many rows of each model went
     * with it (Django's {@code delete()} result); see {@link #deleteAllCounting}.
     *
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public Deletion deleteCounting(Waiter waiter) {
        return deleteAllCounting(List.of(waiter));
    }

    /**
     * Deletes the rows by their keys as {@link #deleteAll} does, and tells how many rows of each model
     * went, the cascades and parent rows included (Django's {@code delete()} result). Every row goes
     * by a statement of the DAO's own, none by a foreign key's cascade, so that each is counted: a
     * few more statements than {@link #deleteAll}.
     *
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public Deletion deleteAllCounting(Collection<? extends Waiter> waiters) {
        return db.deleteCounting(deletePlan, "Waiter", Access.keys(waiters, row -> row.id()));
    }

    /**
     * The {@link Restaurant} this {@code waiter} links to through {@code Waiter.restaurant}.
     *
     * @throws RelataException when it does not exist
     */
    public Restaurant restaurant(Waiter waiter) {
        Objects.requireNonNull(waiter, "waiter");
        long key = waiter.restaurant();
        return db.one(restaurantSql, key, restaurantReader)
                .orElseThrow(() -> Access.missingTarget("Waiter.restaurant", "Restaurant", key));
    }

    /**
     * The {@link Restaurant} rows these rows link to through {@code Waiter.restaurant}, keyed by each row's key, in one
     * query per 16,384 keys on PostgreSQL, at most 1,024 elsewhere; rows whose link is null are absent.
     */
    public Map<Long, Restaurant> restaurantFor(Collection<? extends Waiter> waiters) {
        return db.forward(restaurantForSql, waiters, row -> row.id(), row -> row.restaurant(),
                restaurantReader, target -> target.id());
    }

    /**
     * Reads the {@link Waiter} in the current row of a result whose columns are those of
     * {@link #selectSql()}, in that order, for SQL of your own:
     * {@code t0.id, t0.restaurant_id, t0.name}.
     */
    public RowMapper<Waiter> rowMapper() {
        return this::readWaiter;
    }

    /**
     * The {@code SELECT} of every column {@link #rowMapper()} reads, in its order, for this DAO's
     * dialect: the table {@code waiter} as {@code t0}.
     * Add a {@code WHERE}, an {@code ORDER BY} or joins of your own, with values as {@code ?} parameters.
     */
    public String selectSql() {
        return selectStatement.text();
    }

    /** Binds the columns of the {@code waiter}'s own table but its key, from parameter {@code first} on. */
    private void bindColumns(PreparedStatement ps, Waiter waiter, int first) throws SQLException {
        ps.setLong(first, waiter.restaurant());
        Jdbc.setText(ps, first + 1, waiter.name(), 255, "Waiter.name");
    }

    /**
     * Reads the {@link Waiter} in the current row of a result that selects
     * {@code t0.id, t0.restaurant_id, t0.name}.
     */
    private Waiter readWaiter(ResultSet rs) throws SQLException {
        return new Waiter(rs.getLong(1), rs.getLong(2), rs.getString(3));
    }

    /**
     * Reads the {@link Restaurant} in the current row of a result that selects
     * {@code t0.id, t0.name, t0.code}.
     */
    private Restaurant readRestaurant(ResultSet rs) throws SQLException {
        return new Restaurant(rs.getLong(1), rs.getString(2), rs.getString(3));
    }
}
