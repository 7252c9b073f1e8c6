package dev.relata.benchmarks.jdbc;

import dev.relata.Dialect;
import dev.relata.benchmarks.Fixture;
import dev.relata.benchmarks.model.Comment;
import dev.relata.benchmarks.model.Like;
import dev.relata.benchmarks.model.Page;
import dev.relata.benchmarks.model.Profile;
import dev.relata.benchmarks.model.StaffNote;
import dev.relata.benchmarks.model.User;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The same work as the generated DAOs, written by hand the way a careful engineer writes JDBC: statements
 * prepared once and reused, multi-row inserts, keys bound as one array ({@code = ANY(?)}), and deletes that
 * leave the cascade to the foreign keys' ON DELETE CASCADE; the older ways (JDBC batches, IN lists in
 * chunks) as variants. This is the floor the generated code is measured against.
 *
 * <p>MariaDB has no arrays: there the variants that bind one array throw, and the others take
 * {@code IN} lists.
 */
public final class PlainJdbc {
    /** Keys per IN query, as the generated code uses on MariaDB and MySQL. */
    public static final int CHUNK = 1024;

    /** Keys per IN query, as the generated code uses on H2 (which checks shorter lists faster). */
    public static final int SHORT_CHUNK = 128;

    /** Rows per JDBC batch, as the generated code uses. */
    public static final int BATCH = 500;

    private final DataSource dataSource;
    private final Fixture fixture;
    private final Dialect dialect;
    private final String profileByUser;
    private final String profileById;
    private final String insertProfile;
    private final String insertStaffNote;
    private final String allLikes;
    private final String profileByPage;

    public PlainJdbc(Fixture fixture) {
        this.fixture = fixture;
        this.dialect = fixture.dialect();
        this.dataSource = fixture.dataSource();
        this.profileByUser = fixture.sql("SELECT {id}, {user_id}, {name}, {city} FROM {profile} WHERE {user_id} = ?");
        this.profileById = fixture.sql("SELECT {id}, {user_id}, {name}, {city} FROM {profile} WHERE {id} = ?");
        this.insertProfile = fixture.sql("INSERT INTO {profile} ({user_id}, {name}, {city}) VALUES (?, ?, ?)");
        this.insertStaffNote = fixture.sql("INSERT INTO {staff_note} ({user_id}, {text}) VALUES (?, ?)");
        this.allLikes = fixture.sql("SELECT p.{id}, p.{profile_id}, p.{page_name}, l.{likes} FROM {like} l"
                + " JOIN {page} p ON p.{id} = l.{page_ptr_id} ORDER BY l.{page_ptr_id}");
        this.profileByPage = fixture.sql("SELECT p.{id}, p.{user_id}, p.{name}, p.{city} FROM {profile} p"
                + " JOIN {page} g ON g.{profile_id} = p.{id} WHERE g.{id} = ?");
    }

    private static Profile readProfile(ResultSet rs) throws SQLException {
        return new Profile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }

    /** One user's profile, as one self-contained call: a pooled connection, one statement. */
    public Optional<Profile> profile(long userId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(profileByUser)) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readProfile(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One profile by key, as one self-contained call: a pooled connection, one statement. */
    public Optional<Profile> profileById(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(profileById)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readProfile(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The profile of one page, as the finder scenario's hand-written floor: a pooled connection, one
     * statement joining page to profile.
     */
    public Optional<Profile> profileOfPage(long pageId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(profileByPage)) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Profile profile = readProfile(rs);
                if (rs.next()) {
                    throw new IllegalStateException("Two profiles of page " + pageId);
                }
                return Optional.of(profile);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each user's profile, one query per user, on one connection with one statement reused. */
    public List<Profile> profilesOneByOne(List<Long> userIds) {
        List<Profile> profiles = new ArrayList<>(userIds.size());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(profileByUser)) {
            for (long userId : userIds) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        profiles.add(readProfile(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return profiles;
    }

    /** The users' profiles keyed by user, in one query binding all keys as one array ({@code = ANY(?)}). */
    public Map<Long, Profile> profilesFor(List<Long> userIds) {
        return profilesFor(userIds, true);
    }

    /** The users' profiles keyed by user, in IN queries of up to {@value #CHUNK} keys. */
    public Map<Long, Profile> profilesForInLists(List<Long> userIds) {
        return profilesFor(userIds, false);
    }

    /** The users' profiles keyed by user, in IN queries of up to {@code chunk} keys. */
    public Map<Long, Profile> profilesForInLists(List<Long> userIds, int chunk) {
        return profilesFor(userIds, chunk);
    }

    private Map<Long, Profile> profilesFor(List<Long> userIds, boolean array) {
        return profilesFor(userIds, array ? 0 : CHUNK);
    }

    /** With {@code chunk} 0, all keys as one array; otherwise IN lists of up to {@code chunk} keys. */
    private Map<Long, Profile> profilesFor(List<Long> userIds, int chunk) {
        Map<Long, Profile> profiles = new HashMap<>(userIds.size() * 4 / 3 + 1);
        try (Connection connection = dataSource.getConnection()) {
            ChunkRunner runner = runner(chunk);
            runner.run(connection, "SELECT {id}, {user_id}, {name}, {city} FROM {profile} WHERE {user_id} ", userIds, ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Profile profile = readProfile(rs);
                        profiles.put(profile.user(), profile);
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return profiles;
    }

    /**
     * The comments of each page, by page key, each list ordered by the comment's key and every given
     * page present (an empty list when it has none): IN queries of up to {@value #CHUNK} keys on one
     * connection (scenario 7).
     */
    public Map<Long, List<Comment>> commentsFor(List<Long> pageIds) {
        return commentsFor(pageIds, false);
    }

    /** As {@link #commentsFor(List)}, all keys bound as one array ({@code = ANY(?)}): PostgreSQL's fastest form. */
    public Map<Long, List<Comment>> commentsForArray(List<Long> pageIds) {
        return commentsFor(pageIds, true);
    }

    /** As {@link #commentsFor(List)}, in IN queries of up to {@code chunk} keys. */
    public Map<Long, List<Comment>> commentsFor(List<Long> pageIds, int chunk) {
        return commentsForChunks(pageIds, chunk);
    }

    private Map<Long, List<Comment>> commentsFor(List<Long> pageIds, boolean array) {
        return commentsForChunks(pageIds, array ? 0 : CHUNK);
    }

    private Map<Long, List<Comment>> commentsForChunks(List<Long> pageIds, int chunk) {
        Map<Long, List<Comment>> comments = new HashMap<>(pageIds.size() * 4 / 3 + 1);
        for (Long id : pageIds) {
            comments.put(id, new ArrayList<>());
        }
        try (Connection connection = dataSource.getConnection()) {
            ChunkRunner runner = runner(chunk);
            runner.run(connection, "SELECT {id}, {page_id}, {text} FROM {comment} WHERE {page_id} ", pageIds, ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Comment comment = new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3));
                        comments.get(comment.page()).add(comment);
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (List<Comment> list : comments.values()) {
            list.sort(java.util.Comparator.comparingLong(Comment::id));
        }
        return comments;
    }

    /**
     * Inserts the profiles in one transaction as multi-row statements of {@value #BATCH} rows
     * ({@code VALUES (?, ?, ?), (?, ?, ?), ...}: one prepared for the full chunks, one for the rest);
     * returns them with their generated keys, read back in order (on MariaDB through
     * {@code RETURNING}, since its driver hands back one generated key per statement).
     */
    public List<Profile> insertProfiles(List<Profile> rows) {
        List<Profile> inserted = new ArrayList<>(rows.size());
        return inTransaction(connection -> {
            int full = rows.size() / BATCH * BATCH;
            if (full > 0) {
                try (PreparedStatement ps = prepareProfileInsert(connection, BATCH)) {
                    for (int from = 0; from < full; from += BATCH) {
                        insertChunk(ps, rows, from, from + BATCH, inserted);
                    }
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement ps = prepareProfileInsert(connection, rows.size() - full)) {
                    insertChunk(ps, rows, full, rows.size(), inserted);
                }
            }
            return inserted;
        });
    }

    private PreparedStatement prepareProfileInsert(Connection connection, int rows) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            return connection.prepareStatement(multiRowInsertProfile(rows) + fixture.sql(" RETURNING {id}"));
        }
        return connection.prepareStatement(multiRowInsertProfile(rows), new String[] {fixture.fold("id")});
    }

    private String multiRowInsertProfile(int rows) {
        StringBuilder sql = new StringBuilder(insertProfile);
        for (int i = 1; i < rows; i++) {
            sql.append(", (?, ?, ?)");
        }
        return sql.toString();
    }

    private void insertChunk(PreparedStatement ps, List<Profile> rows, int from, int to, List<Profile> inserted)
            throws SQLException {
        int parameter = 1;
        for (int i = from; i < to; i++) {
            Profile row = rows.get(i);
            ps.setLong(parameter++, row.user());
            ps.setString(parameter++, row.name());
            ps.setString(parameter++, row.city());
        }
        if (dialect == Dialect.MARIADB) {
            try (ResultSet keys = ps.executeQuery()) {
                readKeys(keys, rows, from, to, inserted);
            }
            return;
        }
        ps.executeUpdate();
        readKeys(ps, rows, from, to, inserted);
    }

    /** Inserts the profiles in one transaction as JDBC batches of single-row statements; returns them with their generated keys. */
    public List<Profile> insertProfilesInJdbcBatches(List<Profile> rows) {
        List<Profile> inserted = new ArrayList<>(rows.size());
        return inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(insertProfile, new String[] {fixture.fold("id")})) {
                for (int from = 0; from < rows.size(); from += BATCH) {
                    int to = Math.min(rows.size(), from + BATCH);
                    for (int i = from; i < to; i++) {
                        Profile row = rows.get(i);
                        ps.setLong(1, row.user());
                        ps.setString(2, row.name());
                        ps.setString(3, row.city());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    readKeys(ps, rows, from, to, inserted);
                }
            }
            return inserted;
        });
    }

    /** Adds the rows {@code from} to {@code to} with the keys the statement generated for them, in order. */
    private static void readKeys(PreparedStatement ps, List<Profile> rows, int from, int to, List<Profile> inserted)
            throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            readKeys(keys, rows, from, to, inserted);
        }
    }

    private static void readKeys(ResultSet keys, List<Profile> rows, int from, int to, List<Profile> inserted)
            throws SQLException {
        for (int i = from; i < to; i++) {
            keys.next();
            Profile row = rows.get(i);
            inserted.add(new Profile(keys.getLong(1), row.user(), row.name(), row.city()));
        }
    }

    /**
     * Deletes the users in one transaction, one DELETE binding all keys as one array; the foreign keys' ON
     * DELETE CASCADE removes their profiles, pages and likes.
     */
    public int deleteUsers(List<Long> userIds) {
        return inTransaction(connection -> {
            int[] deleted = {0};
            inArray(connection, "DELETE FROM {user} WHERE {id} ", userIds, ps -> deleted[0] += ps.executeUpdate());
            return deleted[0];
        });
    }

    /**
     * Deletes the users in one transaction with {@code DELETE ... WHERE id IN (...)} lists of up to
     * {@code chunk} keys, the cascade left to ON DELETE CASCADE: the full lists as one JDBC batch of one
     * prepared statement (one round trip where the driver sends a batch at once), the shorter last list
     * as a statement of its own size.
     */
    public int deleteUsersInLists(List<Long> userIds, int chunk) {
        return inTransaction(connection -> {
            String prefix = fixture.sql("DELETE FROM {user} WHERE {id} IN ");
            int full = userIds.size() / chunk * chunk;
            int deleted = 0;
            if (full > 0) {
                try (PreparedStatement ps = connection.prepareStatement(prefix + placeholders(chunk))) {
                    for (int from = 0; from < full; from += chunk) {
                        for (int i = 0; i < chunk; i++) {
                            ps.setLong(i + 1, userIds.get(from + i));
                        }
                        ps.addBatch();
                    }
                    for (int count : ps.executeBatch()) {
                        deleted += Math.max(count, 0);
                    }
                }
            }
            if (full < userIds.size()) {
                try (PreparedStatement ps = connection.prepareStatement(prefix + placeholders(userIds.size() - full))) {
                    for (int i = full; i < userIds.size(); i++) {
                        ps.setLong(i - full + 1, userIds.get(i));
                    }
                    deleted += ps.executeUpdate();
                }
            }
            return deleted;
        });
    }

    /**
     * Deletes the users as Django's collector does, in one transaction: loads the keys of the rows the
     * cascade reaches, a level at a time (profiles of the users, pages of the profiles, likes of the
     * pages), then deletes bottom-up, so that the database's own cascade finds nothing left to do.
     */
    public int deleteUsersLevelByLevel(List<Long> userIds) {
        return inTransaction(connection -> {
            List<Long> profileIds = keys(connection, "SELECT {id} FROM {profile} WHERE {user_id} ", userIds);
            List<Long> pageIds = keys(connection, "SELECT {id} FROM {page} WHERE {profile_id} ", profileIds);
            List<Long> likeIds = keys(connection, "SELECT {page_ptr_id} FROM {like} WHERE {page_ptr_id} ", pageIds);
            deleteIn(connection, "like", "page_ptr_id", likeIds);
            deleteIn(connection, "page", "id", pageIds);
            deleteIn(connection, "profile", "id", profileIds);
            return deleteIn(connection, "user", "id", userIds);
        });
    }

    @FunctionalInterface
    private interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on a pooled connection in one transaction: committed, or rolled back when it fails. */
    private <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Inserts the staff notes in one transaction, as the generated {@code staffNoteDao.insertAll} does with
     * its {@code limitChoicesTo = "isStaff = true"} check: first locks every linked user until the
     * transaction ends (as the generated check does: {@code FOR SHARE} on PostgreSQL, {@code FOR UPDATE}
     * on H2, {@code LOCK IN SHARE MODE} on MariaDB) and refuses the whole insert when one of them is not
     * staff, then inserts the rows as multi-row statements of {@value #BATCH} rows and returns them with
     * their generated keys, read back in order (on MariaDB through {@code RETURNING}, which hands
     * back every row's key as a result set). The users are read in the fastest form of each database: one
     * array on PostgreSQL, {@code IN} lists of {@value #SHORT_CHUNK} on H2 and of {@value #CHUNK} on
     * MariaDB. A user that does not exist is left to the foreign key, as by the generated check.
     */
    public List<StaffNote> insertStaffNotes(List<StaffNote> rows) {
        return insertStaffNotes(rows, true);
    }

    /** As {@link #insertStaffNotes}, without the check: what the insert alone costs. */
    public List<StaffNote> insertStaffNotesUnchecked(List<StaffNote> rows) {
        return insertStaffNotes(rows, false);
    }

    private List<StaffNote> insertStaffNotes(List<StaffNote> rows, boolean check) {
        List<StaffNote> inserted = new ArrayList<>(rows.size());
        return inTransaction(connection -> {
            if (check) {
                checkStaff(connection, rows);
            }
            int full = rows.size() / BATCH * BATCH;
            if (full > 0) {
                try (PreparedStatement ps = prepareStaffNoteInsert(connection, BATCH)) {
                    for (int from = 0; from < full; from += BATCH) {
                        insertStaffNoteChunk(ps, rows, from, from + BATCH, inserted);
                    }
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement ps = prepareStaffNoteInsert(connection, rows.size() - full)) {
                    insertStaffNoteChunk(ps, rows, full, rows.size(), inserted);
                }
            }
            return inserted;
        });
    }

    /**
     * As {@link #insertStaffNotes}, with the rows inserted as JDBC batches of {@value #BATCH} single-row
     * statements, keys read back after each batch: what the generated code does on MariaDB.
     */
    public List<StaffNote> insertStaffNotesInJdbcBatches(List<StaffNote> rows) {
        List<StaffNote> inserted = new ArrayList<>(rows.size());
        return inTransaction(connection -> {
            checkStaff(connection, rows);
            try (PreparedStatement ps = connection.prepareStatement(insertStaffNote, new String[] {fixture.fold("id")})) {
                for (int from = 0; from < rows.size(); from += BATCH) {
                    int to = Math.min(rows.size(), from + BATCH);
                    for (int i = from; i < to; i++) {
                        StaffNote row = rows.get(i);
                        ps.setLong(1, row.user());
                        ps.setString(2, row.text());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        readStaffNoteKeys(keys, rows, from, to, inserted);
                    }
                }
            }
            return inserted;
        });
    }

    /**
     * Locks the users the notes link to and refuses the notes unless every one of them is staff. The
     * check reads the column itself; the generated one binds the condition's value ({@code CASE WHEN
     * is_staff = ? THEN 1 ELSE 0 END}).
     */
    private void checkStaff(Connection connection, List<StaffNote> rows) throws SQLException {
        List<Long> userIds = new ArrayList<>(rows.size());
        for (StaffNote row : rows) {
            userIds.add(row.user());
        }
        String prefix = "SELECT {id}, {is_staff} FROM {user} WHERE {id} ";
        ChunkWork check = ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        throw new IllegalArgumentException("User " + rs.getLong(1) + " is no staff user: no staff note may link to it");
                    }
                }
            }
        };
        switch (dialect) {
            case POSTGRESQL -> inArray(connection, prefix, " FOR SHARE", userIds, check);
            case H2 -> inChunks(connection, prefix, " FOR UPDATE", userIds, SHORT_CHUNK, check);
            case MARIADB -> inChunks(connection, prefix, " LOCK IN SHARE MODE", userIds, CHUNK, check);
            default -> throw new AssertionError(dialect);
        }
    }

    private PreparedStatement prepareStaffNoteInsert(Connection connection, int rows) throws SQLException {
        StringBuilder sql = new StringBuilder(insertStaffNote);
        for (int i = 1; i < rows; i++) {
            sql.append(", (?, ?)");
        }
        if (dialect == Dialect.MARIADB) {
            return connection.prepareStatement(sql.append(fixture.sql(" RETURNING {id}")).toString());
        }
        return connection.prepareStatement(sql.toString(), new String[] {fixture.fold("id")});
    }

    private void insertStaffNoteChunk(PreparedStatement ps, List<StaffNote> rows, int from, int to,
            List<StaffNote> inserted) throws SQLException {
        int parameter = 1;
        for (int i = from; i < to; i++) {
            StaffNote row = rows.get(i);
            ps.setLong(parameter++, row.user());
            ps.setString(parameter++, row.text());
        }
        ResultSet keys;
        if (dialect == Dialect.MARIADB) {
            keys = ps.executeQuery();
        } else {
            ps.executeUpdate();
            keys = ps.getGeneratedKeys();
        }
        try (keys) {
            readStaffNoteKeys(keys, rows, from, to, inserted);
        }
    }

    private static void readStaffNoteKeys(ResultSet keys, List<StaffNote> rows, int from, int to, List<StaffNote> inserted)
            throws SQLException {
        for (int i = from; i < to; i++) {
            if (!keys.next()) {
                throw new IllegalStateException("Fewer generated keys than rows inserted");
            }
            StaffNote row = rows.get(i);
            inserted.add(new StaffNote(keys.getLong(1), row.user(), row.text()));
        }
    }

    /** Every Like joined with its Page row, ordered by key. */
    public List<Like> likes() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(allLikes);
                ResultSet rs = ps.executeQuery()) {
            List<Like> likes = new ArrayList<>();
            while (rs.next()) {
                likes.add(new Like(new Page(rs.getLong(1), rs.getLong(2), rs.getString(3)), rs.getInt(4)));
            }
            return likes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How the level-by-level delete binds its keys: one array, as on H2 and PostgreSQL, or on
     * MariaDB, which has no arrays, IN lists of {@value #CHUNK}.
     */
    private ChunkRunner levelRunner() {
        return runner(dialect == Dialect.MARIADB ? CHUNK : 0);
    }

    private List<Long> keys(Connection connection, String prefix, List<Long> in) throws SQLException {
        List<Long> keys = new ArrayList<>(in.size());
        levelRunner().run(connection, prefix, in, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getLong(1));
                }
            }
        });
        return keys;
    }

    private int deleteIn(Connection connection, String table, String key, List<Long> keys) throws SQLException {
        int[] deleted = {0};
        levelRunner().run(connection, "DELETE FROM {" + table + "} WHERE {" + key + "} ", keys, ps -> deleted[0] += ps.executeUpdate());
        return deleted[0];
    }

    @FunctionalInterface
    private interface ChunkWork {
        void run(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface ChunkRunner {
        void run(Connection connection, String prefix, List<Long> keys, ChunkWork work) throws SQLException;
    }

    /** All keys as one array with {@code chunk} 0; otherwise IN lists of up to {@code chunk} keys. */
    private ChunkRunner runner(int chunk) {
        if (chunk == 0) {
            return this::inArray;
        }
        return (connection, prefix, keys, work) -> inChunks(connection, prefix, keys, chunk, work);
    }

    /**
     * The users the profiles link to through {@code Profile.user}, keyed by each profile's key: one
     * query binding all user keys as one array with {@code chunk} 0, otherwise IN queries of up to
     * {@code chunk} keys, on one connection (the forward batch scenario).
     */
    public Map<Long, User> usersFor(List<Profile> profiles, int chunk) {
        List<Long> userIds = new ArrayList<>(profiles.size());
        for (Profile profile : profiles) {
            userIds.add(profile.user());
        }
        Map<Long, User> byKey = new HashMap<>(userIds.size() * 4 / 3 + 1);
        try (Connection connection = dataSource.getConnection()) {
            runner(chunk).run(connection, "SELECT {id}, {username}, {is_staff} FROM {user} WHERE {id} ", userIds, ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        User user = new User(rs.getLong(1), rs.getString(2), rs.getBoolean(3));
                        byKey.put(user.id(), user);
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<Long, User> users = new HashMap<>(profiles.size() * 4 / 3 + 1);
        for (Profile profile : profiles) {
            User user = byKey.get(profile.user());
            if (user != null) {
                users.put(profile.id(), user);
            }
        }
        return users;
    }

    /** Runs {@code prefix = ANY(?)} once, with all keys bound as one array (H2 and PostgreSQL). */
    private void inArray(Connection connection, String prefix, List<Long> keys, ChunkWork work) throws SQLException {
        inArray(connection, prefix, "", keys, work);
    }

    /** Runs {@code prefix = ANY(?) suffix} once, with all keys bound as one array (H2 and PostgreSQL). */
    private void inArray(Connection connection, String prefix, String suffix, List<Long> keys, ChunkWork work)
            throws SQLException {
        if (dialect == Dialect.MARIADB) {
            throw new UnsupportedOperationException("MariaDB has no arrays: this variant binds one, run the IN-list variants");
        }
        try (PreparedStatement ps = connection.prepareStatement(fixture.sql(prefix + "= ANY(?)" + suffix))) {
            Array array = connection.createArrayOf("bigint", keys.toArray());
            try {
                ps.setArray(1, array);
                work.run(ps);
            } finally {
                array.free();
            }
        }
    }

    /**
     * Runs {@code prefix IN (?, ?, ...)} for each chunk of {@code chunk} keys: the statement for a full
     * chunk is prepared once and reused; the last, shorter chunk gets one of its own size.
     */
    private void inChunks(Connection connection, String prefix, List<Long> keys, int chunk, ChunkWork work)
            throws SQLException {
        inChunks(connection, prefix, "", keys, chunk, work);
    }

    /** As {@link #inChunks(Connection, String, List, int, ChunkWork)}, with {@code suffix} after each list. */
    private void inChunks(Connection connection, String prefix, String suffix, List<Long> keys, int chunk,
            ChunkWork work) throws SQLException {
        PreparedStatement full = null;
        try {
            for (int from = 0; from < keys.size(); from += chunk) {
                int size = Math.min(chunk, keys.size() - from);
                PreparedStatement ps;
                if (size == chunk) {
                    if (full == null) {
                        full = connection.prepareStatement(fixture.sql(prefix + "IN " + placeholders(chunk) + suffix));
                    }
                    ps = full;
                } else {
                    ps = connection.prepareStatement(fixture.sql(prefix + "IN " + placeholders(size) + suffix));
                }
                try {
                    for (int i = 0; i < size; i++) {
                        ps.setLong(i + 1, keys.get(from + i));
                    }
                    work.run(ps);
                } finally {
                    if (ps != full) {
                        ps.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private static String placeholders(int n) {
        StringBuilder out = new StringBuilder(2 + 3 * n).append('(');
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "?" : ", ?");
        }
        return out.append(')').toString();
    }
}
