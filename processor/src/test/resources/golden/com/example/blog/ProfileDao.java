package com.example.blog;

import dev.relata.ChoiceNotAllowedException;
import dev.relata.Database;
import dev.relata.Deletion;
import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.OneToOneConflictException;
import dev.relata.Paging;
import dev.relata.ProtectedException;
import dev.relata.RelataException;
import dev.relata.RestrictedException;
import dev.relata.RowMapper;
import dev.relata.internal.Access;
import dev.relata.internal.Constraints;
import dev.relata.internal.DeletePlan;
import dev.relata.internal.Inserts;
import dev.relata.internal.Jdbc;
import dev.relata.internal.ListSql;
import dev.relata.internal.Queries;
import dev.relata.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Reads and writes {@link Profile} rows in the table {@code profile}, over plain JDBC.
 *
 * <p>Every method joins the transaction the current thread has open on the {@link Database}, or runs in one
 * of its own. Constraint failures become typed exceptions: {@link OneToOneConflictException} for a link to an
 * already linked target, {@link ProtectedException} and {@link RestrictedException} for refused deletes.
 * A link to a target that its {@code limitChoicesTo} excludes is refused with {@link ChoiceNotAllowedException}.
 */
@Generated("dev.relata.processor.RelataProcessor")
@NullMarked
public final class ProfileDao implements ProfileFinders {
    /** The constraints this DAO's statements can violate, each on its table, for typed exceptions. */
    private static final Constraints CONSTRAINTS = Constraints.builder()
        .unique("profile", "uq_profile_user_id", "Profile", "user", "User")
        .foreignKey("profile", "fk_profile_user_id", "Profile", "user", "User", OnDelete.CASCADE)
        .foreignKey("page", "fk_page_profile_id", "Page", "profile", "Profile", OnDelete.CASCADE)
        .foreignKey("like", "fk_like_page_ptr_id", "Like", "page", "Page", OnDelete.CASCADE)
        .build();

    private final Access db;

    private final Dialect dialect;

    /** The key column, as the driver names it for generated keys. */
    private final String[] generatedKey;

    /** Inserts a row with its key. Its values take at most 2296 bytes as a driver sends them. */
    private final Sql insertWithKeySql;

    /** Inserts a row whose key the database generates. Its values take at most 2232 bytes as a driver sends them. */
    private final Sql insertSql;

    /** Inserts rows, with the keys the database generates for rows without one. */
    private final Inserts<Profile> inserts;

    /** Selects one row by key. */
    private final Sql findByIdSql;

    /** Selects every row, by key. */
    private final Sql findAllSql;

    /** Counts the rows. */
    private final Sql countSql;

    /** Writes every column of a row. */
    private final Sql updateSql;

    /** Deletes Profile rows with Django's {@code on_delete} rules for every link that reaches them. */
    private final DeletePlan deletePlan;

    /** Selects the User that one Profile.user link points to. */
    private final Sql userSql;

    /** Selects the User rows of many Profile.user links. */
    private final Sql userForSql;

    /** Selects the User rows that Profile.user may link to. */
    private final Sql userChoicesSql;

    /** Selects the Page that links here through Page.profile. */
    private final Sql pageSql;

    /** Selects the Page rows that link to many rows through Page.profile. */
    private final Sql pageForSql;

    /** The statement of ProfileFinders.inCity. */
    private final Sql inCitySql;

    /** The statement of ProfileFinders.ofUsername. */
    private final Sql ofUsernameSql;

    /** The statement of ProfileFinders.countByStaffOutside. */
    private final Sql countByStaffOutsideSql;

    /** The statement of ProfileFinders.anyIn. */
    private final Sql anyInSql;

    /** The statement of ProfileFinders.inCitiesWithPage. */
    private final ListSql inCitiesWithPageSql;

    /** Selects every row, unordered: what the row mapper reads. */
    private final Sql selectStatement;

    /** Selects which of some User rows Profile.user may link to. */
    private final Sql userChoiceCheckSql;

    /** Reads a {@link Profile} row: {@link #readProfile}, made once. */
    private final Queries.RowMapper<Profile> profileReader = this::readProfile;

    /** Reads a {@link User} row: {@link #readUser}, made once. */
    private final Queries.RowMapper<User> userReader = this::readUser;

    /** Reads a {@link Page} row: {@link #readPage}, made once. */
    private final Queries.RowMapper<Page> pageReader = this::readPage;

    /** A DAO for {@link Profile} rows on the database. */
    public ProfileDao(Database db) {
        this.db = Access.of(db, CONSTRAINTS);
        this.dialect = db.dialect();
        this.generatedKey = new String[] {dialect.fold("id")};
        this.insertWithKeySql = Sql.of(dialect,
                "INSERT INTO {profile} ({id}, {user_id}, {name}, {city}) VALUES (?, ?, ?, ?)",
                2296);
        this.insertSql = Sql.of(dialect,
                "INSERT INTO {profile} ({user_id}, {name}, {city}) VALUES (?, ?, ?)", 2232);
        this.inserts = this.db.inserts(insertSql, generatedKey, insertWithKeySql,
                row -> row.id() == 0, (ps, row, first) -> ps.setLong(first, row.id()),
                this::bindColumns, this::withGeneratedKey, this::checkChoices);
        this.findByIdSql = Sql.of(dialect,
                "SELECT {id}, {user_id}, {name}, {city} FROM {profile} WHERE {id} = ?");
        this.findAllSql = Sql.of(dialect,
                "SELECT {id}, {user_id}, {name}, {city} FROM {profile} ORDER BY {id}");
        this.countSql = Sql.of(dialect, "SELECT COUNT(*) FROM {profile}");
        this.updateSql = Sql.of(dialect,
                "UPDATE {profile} SET {user_id} = ?, {name} = ?, {city} = ? WHERE {id} = ?");
        this.deletePlan = DeletePlan.builder(dialect, "profile")
                .table("like", "page_ptr_id", "Like")
                .table("page", "id", "Page")
                .table("profile", "id", "Profile")
                .link("Page", "profile", "page", "profile_id", "profile", OnDelete.CASCADE)
                .parent("Like", "page", "like", "page")
                .build();
        this.userSql = Sql.of(dialect,
                "SELECT {id}, {username}, {is_staff} FROM {user} WHERE {id} = ?");
        this.userForSql = Sql.of(dialect,
                "SELECT {id}, {username}, {is_staff} FROM {user} WHERE {id} IN (?*)");
        this.userChoicesSql = Sql.of(dialect,
                "SELECT t0.{id}, t0.{username}, t0.{is_staff} FROM {user} t0 WHERE (t0.{is_staff} "
                + "= ?) AND NOT EXISTS (SELECT 1 FROM {profile} linked WHERE linked.{user_id} = "
                + "t0.{id}) ORDER BY t0.{id}");
        this.pageSql = Sql.of(dialect,
                "SELECT {id}, {profile_id}, {page_name} FROM {page} WHERE {profile_id} = ?");
        this.pageForSql = Sql.of(dialect,
                "SELECT {id}, {profile_id}, {page_name} FROM {page} WHERE {profile_id} IN (?*)");
        this.inCitySql = Sql.of(dialect,
                "SELECT t0.{id}, t0.{user_id}, t0.{name}, t0.{city} FROM {profile} t0 WHERE "
                + "t0.{city} = ? ORDER BY t0.{name}, t0.{id}");
        this.ofUsernameSql = Sql.of(dialect,
                "SELECT t0.{id}, t0.{user_id}, t0.{name}, t0.{city} FROM {profile} t0 JOIN {user} "
                + "j1 ON j1.{id} = t0.{user_id} WHERE j1.{username} = ? LIMIT 2");
        this.countByStaffOutsideSql = Sql.of(dialect,
                "SELECT COUNT(*) FROM {profile} t0 JOIN {user} j1 ON j1.{id} = t0.{user_id} WHERE "
                + "j1.{is_staff} = ? AND t0.{city} <> ?");
        this.anyInSql = Sql.of(dialect, "SELECT 1 FROM {profile} t0 WHERE t0.{city} = ? LIMIT 1");
        this.inCitiesWithPageSql = ListSql.of(dialect,
                "SELECT t0.{id}, t0.{user_id}, t0.{name}, t0.{city} FROM {profile} t0 JOIN {page} "
                + "j1 ON j1.{profile_id} = t0.{id} JOIN {user} j2 ON j2.{id} = t0.{user_id} WHERE "
                + "t0.{city} IN (??) AND j1.{page_name} LIKE ? ESCAPE '!' ORDER BY t0.{city}, "
                + "j2.{username} DESC, t0.{id} LIMIT ? OFFSET ?");
        this.selectStatement = Sql.of(dialect,
                "SELECT t0.{id}, t0.{user_id}, t0.{name}, t0.{city} FROM {profile} t0");
        this.userChoiceCheckSql = Sql.of(dialect,
                "SELECT t0.{id}, CASE WHEN (t0.{is_staff} = ?) THEN 1 ELSE 0 END FROM {user} t0 "
                + "WHERE t0.{id} IN (?*) {FOR SHARE}");
    }

    /**
     * Inserts the {@code profile} and returns it with its key: generated by the database when the
     * given key is 0.
     *
     * <p>Refuses a target that a {@code limitChoicesTo} condition excludes with a
     * {@link ChoiceNotAllowedException}, writing nothing.
     *
     * @throws OneToOneConflictException when a target is already linked through a one-to-one
     */
    public Profile insert(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        return inserts.insert(profile);
    }

    /**
     * Inserts the rows in one transaction, in order, many rows per statement, and returns them as
     * {@link #insert} would. When one row fails, none is written.
     */
    public List<Profile> insertAll(Collection<? extends Profile> profiles) {
        return inserts.insertAll(profiles);
    }

    /**
     * The {@code profile} with the key the database generated for it, in the current row of
     * {@code keys}.
     */
    private Profile withGeneratedKey(Profile profile, ResultSet keys) throws SQLException {
        return new Profile(keys.getLong(1), profile.user(), profile.name(), profile.city());
    }

    /** The {@link Profile} with this key, or empty when there is none. */
    public Optional<Profile> findById(long id) {
        return db.one(findByIdSql, id, profileReader);
    }

    /** Every {@link Profile}, ordered by key. */
    public List<Profile> findAll() {
        return db.list(findAllSql, profileReader);
    }

    /** The number of {@link Profile} rows. */
    public long count() {
        return db.count(countSql);
    }

    /**
     * Writes every column of the {@code profile}.
     *
     * @throws RelataException when there is no row with its key
     */
    public void update(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        db.withTransaction(connection -> {
            checkChoices(connection, List.of(profile));
            boolean found = Queries.update(connection, updateSql, ps -> {
                bindColumns(ps, profile, 1);
                ps.setLong(4, profile.id());
            }) > 0;
            if (!found) {
                throw new RelataException("No Profile with key " + profile.id() + " to update.");
            }
            return null;
        });
    }

    /**
     * Deletes the {@link Profile} with this key, applying every {@code onDelete} rule that reaches it, in one
     * transaction.
     *
     * @return true when a row was deleted
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public boolean deleteById(long id) {
        return db.delete(deletePlan, "Profile", List.of(id)) > 0;
    }

    /** Deletes the {@code profile}'s row by its key; see {@link #deleteById}. */
    public boolean delete(Profile profile) {
        return deleteById(profile.id());
    }

    /**
     * Deletes the {@link Profile} rows with these keys as {@link #deleteById} does, in one transaction and a few
     * statements for all of them: when one is refused, none is deleted.
     *
     * @return how many rows were deleted
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public int deleteAllById(Collection<Long> ids) {
        return db.delete(deletePlan, "Profile", List.copyOf(ids));
    }

    /** Deletes the rows by their keys; see {@link #deleteAllById}. */
    public int deleteAll(Collection<? extends Profile> profiles) {
        return deleteAllById(Access.keys(profiles, row -> row.id()));
    }

    /**
     * Deletes the {@code profile}'s row as {@link #delete} does, and tells how many rows of each model went
     * with it (Django's {@code delete()} result); see {@link #deleteAllCounting}.
     *
     * @throws ProtectedException when a PROTECT link refuses the delete
     * @throws RestrictedException when a RESTRICT link refuses the delete
     */
    public Deletion deleteCounting(Profile profile) {
        return deleteAllCounting(List.of(profile));
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
    public Deletion deleteAllCounting(Collection<? extends Profile> profiles) {
        return db.deleteCounting(deletePlan, "Profile", Access.keys(profiles, row -> row.id()));
    }

    /**
     * The {@link User} this {@code profile} links to through {@code Profile.user}.
     *
     * @throws RelataException when it does not exist
     */
    public User user(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        long key = profile.user();
        return db.one(userSql, key, userReader)
                .orElseThrow(() -> Access.missingTarget("Profile.user", "User", key));
    }

    /**
     * The {@link User} rows these rows link to through {@code Profile.user}, keyed by each row's key, in one
     * query per 16,384 keys on PostgreSQL, at most 1,024 elsewhere; rows whose link is null are absent.
     */
    public Map<Long, User> userFor(Collection<? extends Profile> profiles) {
        return db.forward(userForSql, profiles, row -> row.id(), row -> row.user(), userReader,
                target -> target.id());
    }

    /**
     * The {@link User} rows that {@code Profile.user} may link to, ordered by key: those matching
     * {@code limitChoicesTo = "isStaff = true"} that no {@link Profile} links to yet.
     */
    public List<User> userChoices() {
        return db.list(userChoicesSql, ps -> {
            ps.setBoolean(1, true);
        }, userReader);
    }

    /** The {@link Page} that links to this {@code profile} through {@code Page.profile}, or empty when none does. */
    public Optional<Page> page(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        long key = profile.id();
        return db.one(pageSql, key, pageReader);
    }

    /**
     * The {@link Page} rows that link to these rows through {@code Page.profile}, keyed by each row's key, in
     * one query per 16,384 keys on PostgreSQL, at most 1,024 elsewhere; rows nothing links to are absent.
     */
    public Map<Long, Page> pageFor(Collection<? extends Profile> profiles) {
        List<Long> keys = Access.keys(profiles, row -> row.id());
        return db.reverse(pageForSql, keys, pageReader, row -> (Long) row.profile());
    }

    /**
     * The {@link Profile} rows where {@code city = :city}, ordered by {@code name}, then by key, in one query.
     *
     * @see ProfileFinders#inCity
     */
    @Override
    public List<Profile> inCity(String city) {
        return db.read(connection -> Queries.list(connection, inCitySql, ps -> {
            Jdbc.setComparedText(ps, 1, city);
        }, profileReader));
    }

    /**
     * The {@link Profile} where {@code user.username = :username}, in one query, or empty when there is none.
     *
     * @throws RelataException when more than one matches.
     *
     * @see ProfileFinders#ofUsername
     */
    @Override
    public Optional<Profile> ofUsername(String username) {
        return db.read(connection -> Queries.single(connection, ofUsernameSql, ps -> {
            Jdbc.setComparedText(ps, 1, username);
        }, profileReader, "ProfileFinders.ofUsername"));
    }

    /**
     * How many {@link Profile} rows there are where {@code user.isStaff = :staff and city != :city}, in one query.
     *
     * @see ProfileFinders#countByStaffOutside
     */
    @Override
    public long countByStaffOutside(boolean staff, String city) {
        return db.read(connection -> Queries.count(connection, countByStaffOutsideSql, ps -> {
            ps.setBoolean(1, staff);
            Jdbc.setComparedText(ps, 2, city);
        }));
    }

    /**
     * Whether there is any {@link Profile} row where {@code city = :city}, in one query.
     *
     * @see ProfileFinders#anyIn
     */
    @Override
    public boolean anyIn(String city) {
        return db.read(connection -> Queries.exists(connection, anyInSql, ps -> {
            Jdbc.setComparedText(ps, 1, city);
        }));
    }

    /**
     * The {@link Profile} rows where {@code city in :cities and page.pageName like :prefix}, ordered by {@code city,
     * user.username DESC}, then by key, one page of them, in one query.
     *
     * @see ProfileFinders#inCitiesWithPage
     */
    @Override
    public List<Profile> inCitiesWithPage(Collection<String> cities, String prefix, Paging paging) {
        Objects.requireNonNull(cities, "cities");
        Objects.requireNonNull(paging, "paging");
        return db.read(connection -> Queries.list(connection,
                inCitiesWithPageSql.expand(cities.size()), ps -> {
            int index = 1;
            for (String value : cities) {
                Jdbc.setComparedText(ps, index++, value);
            }
            Jdbc.setComparedText(ps, index++, Jdbc.likePattern(prefix));
            ps.setInt(index++, paging.limit());
            ps.setLong(index, paging.offset());
        }, profileReader));
    }

    /**
     * Reads the {@link Profile} in the current row of a result whose columns are those of
     * {@link #selectSql()}, in that order, for SQL of your own:
     * {@code t0.id, t0.user_id, t0.name, t0.city}.
     */
    public RowMapper<Profile> rowMapper() {
        return this::readProfile;
    }

    /**
     * The {@code SELECT} of every column {@link #rowMapper()} reads, in its order, for this DAO's
     * dialect: the table {@code profile} as {@code t0}.
     * Add a {@code WHERE}, an {@code ORDER BY} or joins of your own, with values as {@code ?} parameters.
     */
    public String selectSql() {
        return selectStatement.text();
    }

    /**
     * Refuses rows whose links' targets do not match their {@code limitChoicesTo}, locking the
     * targets until the transaction ends so that they cannot change under the write. A link to a
     * target that does not exist is left to the foreign key, which refuses it as it would without
     * the condition.
     */
    private void checkChoices(Connection connection, List<Profile> profiles) throws SQLException {
        List<Long> userKeys = new ArrayList<>();
        for (Profile row : profiles) {
            userKeys.add(row.user());
        }
        Map<Long, Boolean> userAllowed = Queries.matching(connection, userChoiceCheckSql, ps -> {
            ps.setBoolean(1, true);
        }, userKeys, rs -> rs.getLong(1));
        for (Long key : userKeys) {
            if (Boolean.FALSE.equals(userAllowed.get(key))) {
                throw new ChoiceNotAllowedException("Profile", "user", "isStaff = true", key);
            }
        }
    }

    /** Binds the columns of the {@code profile}'s own table but its key, from parameter {@code first} on. */
    private void bindColumns(PreparedStatement ps, Profile profile, int first) throws SQLException {
        ps.setLong(first, profile.user());
        Jdbc.setText(ps, first + 1, profile.name(), 255, "Profile.name");
        Jdbc.setText(ps, first + 2, profile.city(), 255, "Profile.city");
    }

    /**
     * Reads the {@link Profile} in the current row of a result that selects
     * {@code t0.id, t0.user_id, t0.name, t0.city}.
     */
    private Profile readProfile(ResultSet rs) throws SQLException {
        return new Profile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }

    /**
     * Reads the {@link User} in the current row of a result that selects
     * {@code t0.id, t0.username, t0.is_staff}.
     */
    private User readUser(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), rs.getBoolean(3));
    }

    /**
     * Reads the {@link Page} in the current row of a result that selects
     * {@code t0.id, t0.profile_id, t0.page_name}.
     */
    private Page readPage(ResultSet rs) throws SQLException {
        return new Page(rs.getLong(1), rs.getLong(2), rs.getString(3));
    }
}
