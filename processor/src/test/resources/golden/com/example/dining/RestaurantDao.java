package com.example.dining;

import dev.relata.Database;
import dev.relata.Deletion;
import dev.relata.Dialect;
import dev.relata.IntegrityException;
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
 * Reads and writes {@link Restaurant} rows in the table {@code restaurant}, over plain JDBC.
 *
 * <p>Every method joins the transaction the current thread has open on the {@link Database}, or runs in one
 * of its own. Constraint failures become typed exceptions: {@link OneToOneConflictException} for a link to an
 * already linked target, {@link ProtectedException} and {@link RestrictedException} for refused deletes.
 */
@Generated("dev.relata.processor.RelataProcessor")
@NullMarked
public final class RestaurantDao {
    /** The constraints this DAO's statements can violate, each on its table, for typed exceptions. */
    private static final Constraints CONSTRAINTS = Constraints.builder()
        .uniqueColumn("restaurant", "uq_restaurant_code", "Restaurant", "code", "code")
        .foreignKey("waiter", "fk_waiter_restaurant_id", "Waiter", "restaurant", "Restaurant", OnDelete.CASCADE)
        .build();

    private final Access db;

    private final Dialect dialect;

    /** The key column, as the driver names it for generated keys. */
    private final String[] generatedKey;

    /** Inserts a row with its key. Its values take at most 1292 bytes as a driver sends them. */
    private final Sql insertWithKeySql;

    /** Inserts a row whose key the database generates. Its values take at most 1228 bytes as a driver sends them. */
    private final Sql insertSql;

    /** Inserts rows, with the keys the database generates for rows without one. */
    private final Inserts<Restaurant> inserts;

    /** Selects one row by key. */
    private final Sql findByIdSql;

    /** Selects every row, by key. */
    private final Sql findAllSql;

    /** Counts the rows. */
    private final Sql countSql;

    /** Writes every column of a row. */
    private final Sql updateSql;

    /** Deletes Restaurant rows with Django's {@code on_delete} rules for every link that reaches them. */
    private final DeletePlan deletePlan;

    /** Selects the Waiter rows that link here through Waiter.restaurant, by key. */
    private final Sql waiterListSql;

    /** Selects the Waiter rows that link to many rows through Waiter.restaurant. */
    private final Sql waiterListForSql;

    /** Selects every row, unordered: what the row mapper reads. */
    private final Sql selectStatement;

    /** Reads a {@link Restaurant} row: {@link #readRestaurant}, made once. */
    private final Queries.RowMapper<Restaurant> restaurantReader = this::readRestaurant;

    /** Reads a {@link Waiter} row: {@link #readWaiter}, made once. */
    private final Queries.RowMapper<Waiter> waiterReader = this::readWaiter;

    /** A DAO for {@link Restaurant} rows on the database. */
    public RestaurantDao(Database db) {
        this.db = Access.of(db, CONSTRAINTS);
        this.dialect = db.dialect();
        this.generatedKey = new String[] {dialect.fold("id")};
        this.insertWithKeySql = Sql.of(dialect,
                "INSERT INTO {restaurant} ({id}, {name}, {code}) VALUES (?, ?, ?)", 1292);
        this.insertSql = Sql.of(dialect, "INSERT INTO {restaurant} ({name}, {code}) VALUES (?, ?)",
                1228);
        this.inserts = this.db.inserts(insertSql, generatedKey, insertWithKeySql,
                row -> row.id() == 0, (ps, row, first) -> ps.setLong(first, row.id()),
                this::bindColumns, this::withGeneratedKey, null);
        this.findByIdSql = Sql.of(dialect,
                "SELECT {id}, {name}, {code} FROM {restaurant} WHERE {id} = ?");
        this.findAllSql = Sql.of(dialect,
                "SELECT {id}, {name}, {code} FROM {restaurant} ORDER BY {id}");
        this.countSql = Sql.of(dialect, "SELECT COUNT(*) FROM {restaurant}");
        this.updateSql = Sql.of(dialect,
                "UPDATE {restaurant} SET {name} = ?, {code} = ? WHERE {id} = ?");
        this.deletePlan = DeletePlan.builder(dialect, "restaurant")
                .table("waiter", "id", "Waiter")
                .table("restaurant", "id", "Restaurant")
                .link("Waiter", "restaurant", "waiter", "restaurant_id", "restaurant",
                        OnDelete.CASCADE)
                .build();
        this.waiterListSql = Sql.of(dialect,
                "SELECT {id}, {restaurant_id}, {name} FROM {waiter} WHERE {restaurant_id} = ? ORDER BY {id}");
        this.waiterListForSql = Sql.of(dialect,
                "SELECT {id}, {restaurant_id}, {name} FROM {waiter} WHERE {restaurant_id} IN (?*)");
        this.selectStatement = Sql.of(dialect,
                "SELECT t0.{id}, t0.{name}, t0.{code} FROM {restaurant} t0");
    }

    /**
     * Inserts the {@code restaurant} and returns it with its key: generated by the database when the
     * given key is 0.
     *
     * @throws IntegrityException when another row has the value of a unique column
     */
    public Restaurant insert(Restaurant restaurant) {
        Objects.requireNonNull(restaurant, "restaurant");
        return inserts.insert(restaurant);
    }

    /**
     * Inserts the rows in one transaction, in order, many rows per statement, and returns them as
     * {@link #insert} would. When one row fails, none is written.
     */
    public List<Restaurant> insertAll(Collection<? extends Restaurant> restaurants) {
        return inserts.insertAll(restaurants);
    }

    /**
     * The {@code restaurant} with the key the database generated for it, in the current row of
     * {@code keys}.
     */
    private Restaurant withGeneratedKey(Restaurant restaurant, ResultSet keys) throws SQLException {
        return new Restaurant(keys.getLong(1), restaurant.name(), restaurant.code());
    }

    /** The {@link Restaurant} with this key, or empty when there is none. */
    public Optional<Restaurant> findById(long id) {
        return db.one(findByIdSql, id, restaurantReader);
    }

    /** Every {@link Restaurant}, ordered by key. */
    public List<Restaurant> findAll() {
        return db.list(findAllSql, restaurantReader);
    }

    /** The number of {@link Restaurant} rows. */
    public long count() {
        return db.count(countSql);
    }

    /**
     * Writes every column of the {@code restaurant}.
     *
     * @throws RelataException when there is no row with its key
     */
    public void update(Restaurant restaurant) {
        Objects.requireNonNull(restaurant, "restaurant");
        db.withTransaction(connection -> {
            boolean found = Queries.update(connection, updateSql, ps -> {
                bindColumns(ps, restaurant, 1);
                ps.setLong(3, restaurant.id());
            }) > 0;
            if (!found) {
                throw new RelataException("No Restaurant with key " + restaurant.id() + " to update.");
            }
            return null;
        });
    }

    /**
     * Deletes the {@link Restaurant} with this key, applying every {@code onDelete} rule that reaches it, in one
     * transaction.
     *
     * @return true when a row was deleted
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public boolean deleteById(long id) {
        return db.delete(deletePlan, "Restaurant", List.of(id)) > 0;
    }

    /** Deletes the {@code restaurant}'s row by its key; see {@link #deleteById}. */
    public boolean delete(Restaurant restaurant) {
        return deleteById(restaurant.id());
    }

    /**
     * Deletes the {@link Restaurant} rows with these keys as {@link #deleteById} does, in one transaction and a few
     * statements for all of them: when one is refused, none is deleted.
     *
     * @return how many rows were deleted
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public int deleteAllById(Collection<Long> ids) {
        return db.delete(deletePlan, "Restaurant", List.copyOf(ids));
    }

    /** Deletes the rows by their keys; see {@link #deleteAllById}. */
    public int deleteAll(Collection<? extends Restaurant> restaurants) {
        return deleteAllById(Access.keys(restaurants, row -> row.id()));
    }

    /**
     * Deletes the {@code restaurant}'s row as {@link #delete} does, and tells how many rows of each model went
     * with it (Django's {@code delete()} result); see {@link #deleteAllCounting}.
     *
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public Deletion deleteCounting(Restaurant restaurant) {
        return deleteAllCounting(List.of(restaurant));
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
    public Deletion deleteAllCounting(Collection<? extends Restaurant> restaurants) {
        return db.deleteCounting(deletePlan, "Restaurant", Access.keys(restaurants,
                row -> row.id()));
    }

    /**
     * The {@link Waiter} rows that link to this {@code restaurant} through {@code Waiter.restaurant}, ordered by key;
     * empty when none does.
     */
    public List<Waiter> waiterList(Restaurant restaurant) {
        Objects.requireNonNull(restaurant, "restaurant");
        long key = restaurant.id();
        return db.list(waiterListSql, key, waiterReader);
    }

    /**
     * The {@link Waiter} rows that link to these rows through {@code Waiter.restaurant}, ordered by key, keyed by
     * each row's key, in one query per 16,384 keys on PostgreSQL, at most 1,024 elsewhere; every row's key
     * is there, with an empty list when nothing links to it.
     */
    public Map<Long, List<Waiter>> waiterListFor(Collection<? extends Restaurant> restaurants) {
        List<Long> keys = Access.keys(restaurants, row -> row.id());
        return db.reverseMany(waiterListForSql, keys, waiterReader, row -> (Long) row.restaurant(),
                row -> row.id());
    }

    /**
     * Reads the {@link Restaurant} in the current row of a result whose columns are those of
     * {@link #selectSql()}, in that order, for SQL of your own:
     * {@code t0.id, t0.name, t0.code}.
     */
    public RowMapper<Restaurant> rowMapper() {
        return this::readRestaurant;
    }

    /**
     * The {@code SELECT} of every column {@link #rowMapper()} reads, in its order, for this DAO's
     * dialect: the table {@code restaurant} as {@code t0}.
     * Add a {@code WHERE}, an {@code ORDER BY} or joins of your own, with values as {@code ?} parameters.
     */
    public String selectSql() {
        return selectStatement.text();
    }

    /** Binds the columns of the {@code restaurant}'s own table but its key, from parameter {@code first} on. */
    private void bindColumns(PreparedStatement ps, Restaurant restaurant, int first) throws
            SQLException {
        Jdbc.setText(ps, first, restaurant.name(), 255, "Restaurant.name");
        Jdbc.setText(ps, first + 1, restaurant.code(), 20, "Restaurant.code");
    }

    /**
     * Reads the {@link Restaurant} in the current row of a result that selects
     * {@code t0.id, t0.name, t0.code}.
     */
    private Restaurant readRestaurant(ResultSet rs) throws SQLException {
        return new Restaurant(rs.getLong(1), rs.getString(2), rs.getString(3));
    }

    /**
     * Reads the {@link Waiter} in the current row of a result that selects
     * {@code t0.id, t0.restaurant_id, t0.name}.
     */
    private Waiter readWaiter(ResultSet rs) throws SQLException {
        return new Waiter(rs.getLong(1), rs.getLong(2), rs.getString(3));
    }
}
