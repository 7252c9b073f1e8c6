package dev.relata.it.shardingsphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import dev.relata.RelataException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated DAOs through ShardingSphere-JDBC 5.5.2 over two PostgreSQL shards: schema creation,
 * keys ShardingSphere generates, batch lookups by every key type, constraint names with shard
 * suffixes, and a call refused inside a transaction.
 *
 * <p>ShardingSphere is slow to start: the tests share one data source over two fresh shard
 * databases, made with its schema before the first test and dropped after the last. Each test
 * starts from the reference rows alone: every table is emptied after it, on each shard past
 * ShardingSphere, and the reference rows are inserted again before the next. The tests of schema
 * creation, and of a sharding rule without a key generator, have fresh databases of their own.
 */
class ShardingSphereRuntimeIT {
    private static final UUID GOLD = new UUID(0, 1);
    private static final UUID SILVER = new UUID(0, 2);

    private static ShardedDatabase sharded;
    private static Database db;

    private final MemberDao members = new MemberDao(db);
    private final CardDao cards = new CardDao(db);

    @BeforeAll
    static void createShards() {
        sharded = open(true);
        db = sharded.db();
        try {
            RelataSchema.create(db);
        } catch (RuntimeException | Error e) {
            closeShards();
            throw e;
        }
    }

    @AfterAll
    static void closeShards() {
        if (sharded == null) {
            return;
        }
        try {
            sharded.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            sharded = null;
            db = null;
        }
    }

    @BeforeEach
    void insertReferenceRows() {
        insertReferenceRows(db);
    }

    @AfterEach
    void emptyTables() throws SQLException {
        sharded.empty();
    }

    private static void insertReferenceRows(Database db) {
        new RegionDao(db).insertAll(List.of(new Region("eu", "Europe"), new Region("as", "Asia")));
        new TierDao(db).insertAll(List.of(new Tier(1, "basic"), new Tier(2, "premium")));
        new BadgeDao(db).insertAll(List.of(new Badge(GOLD, "gold"), new Badge(SILVER, "silver")));
    }

    static ShardedDatabase open(boolean generatedKeys) {
        try {
            return new ShardedDatabase(generatedKeys);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** On fresh databases of its own, as schema creation needs: what {@code create} makes on empty shards. */
    @Test
    void createMakesEveryTableOnEveryShard() throws Exception {
        try (ShardedDatabase fresh = open(true)) {
            Database freshDb = fresh.db();
            assertEquals(List.of(), fresh.tablesOnShard(0));

            RelataSchema.create(freshDb);
            insertReferenceRows(freshDb);

            List<String> tables = List.of("ss_badge", "ss_card", "ss_member", "ss_region", "ss_tier");
            assertEquals(tables, fresh.tablesOnShard(0));
            assertEquals(tables, fresh.tablesOnShard(1));
            assertEquals(2, fresh.countOnShard(0, "ss_region"), "a broadcast table has every row on every shard");
            assertEquals(2, fresh.countOnShard(1, "ss_region"));
        }
    }

    @Test
    void rowsWithGivenKeysGoToTheirShardsAndComeBack() throws SQLException {
        members.insertAll(List.of(member(10, "ada"), member(11, "bob"), member(12, "cy"), member(13, "dee")));
        members.insert(member(14, "eve"));

        assertEquals(3, sharded.countOnShard(0, "ss_member"), "even keys on ds_0");
        assertEquals(2, sharded.countOnShard(1, "ss_member"), "odd keys on ds_1");
        assertEquals("bob", members.findById(11).orElseThrow().name());
        assertEquals(5, members.count());
    }

    @Test
    void insertAllTakesTheKeysShardingSphereGeneratesRowByRow() {
        List<Member> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new Member(i % 3 == 0 ? 1000 + i : 0, "m" + i, i % 2 == 0 ? "eu" : "as", 1 + i % 2));
        }

        List<Member> inserted = members.insertAll(rows);

        assertEquals(rows.size(), inserted.size());
        assertEquals(rows.size(), new HashSet<>(inserted.stream().map(Member::id).toList()).size(), "distinct keys");
        for (int i = 0; i < rows.size(); i++) {
            Member member = inserted.get(i);
            assertEquals(rows.get(i).name(), member.name());
            assertTrue(rows.get(i).id() == 0 || rows.get(i).id() == member.id(), "a given key is kept");
            assertEquals(member, members.findById(member.id()).orElseThrow(), "the key read back is the row's");
        }
    }

    @Test
    void insertAllOfCardsOnBothShardsMatchesEveryGeneratedKeyToItsRow() {
        List<Member> owners = members.insertAll(List.of(member(20, "a"), member(21, "b"), member(22, "c"), member(23, "d"),
                member(24, "e"), member(25, "f")));
        List<Card> rows = new ArrayList<>();
        for (Member owner : owners) {
            rows.add(new Card(0, owner.id(), owner.id() % 2 == 0 ? GOLD : SILVER, "card of " + owner.name()));
        }

        List<Card> inserted = cards.insertAll(rows);

        for (int i = 0; i < rows.size(); i++) {
            Card card = inserted.get(i);
            assertEquals(rows.get(i).member(), card.member());
            assertEquals(card, cards.findById(card.id()).orElseThrow(), "the key read back is the row's");
        }
        Card single = cards.insert(new Card(0, members.insert(member(26, "g")).id(), GOLD, "single"));
        assertEquals(single, cards.findById(single.id()).orElseThrow());
    }

    @Test
    void batchLookupsBindLongStringIntAndUuidKeysAsArrays() {
        List<Member> owners = members.insertAll(List.of(
                new Member(30, "ada", "eu", 1), new Member(31, "bob", "as", 2), new Member(32, "cy", "eu", 2)));
        List<Card> issued = cards.insertAll(List.of(new Card(0, 30, GOLD, "a"), new Card(0, 31, SILVER, "b")));

        assertEquals(Map.of(30L, issued.get(0), 31L, issued.get(1)), members.cardFor(owners));
        assertEquals(Map.of(issued.get(0).id(), owners.get(0), issued.get(1).id(), owners.get(1)), cards.memberFor(issued));
        Map<Long, String> regions = new HashMap<>();
        members.regionFor(owners).forEach((id, region) -> regions.put(id, region.code()));
        assertEquals(Map.of(30L, "eu", 31L, "as", 32L, "eu"), regions);
        Map<Long, Integer> tiers = new HashMap<>();
        members.tierFor(owners).forEach((id, tier) -> tiers.put(id, tier.rank()));
        assertEquals(Map.of(30L, 1, 31L, 2, 32L, 2), tiers);
        Map<Long, UUID> badges = new HashMap<>();
        cards.badgeFor(issued).forEach((id, badge) -> badges.put(id, badge.id()));
        assertEquals(Map.of(issued.get(0).id(), GOLD, issued.get(1).id(), SILVER), badges);
        assertEquals(2, members.deleteAllById(List.of(31L, 32L, 99L)));
        assertEquals(List.of(owners.get(0)), members.findAll());
    }

    @Test
    void constraintsNamedWithTheirShardsSuffixAreTranslated() {
        members.insert(member(40, "ada"));
        cards.insert(new Card(0, 40, GOLD, "first"));

        OneToOneConflictException conflict = assertThrows(OneToOneConflictException.class,
                () -> cards.insert(new Card(0, 40, SILVER, "second")));
        assertEquals("member", conflict.relation());
        assertThrows(ProtectedException.class, () -> new RegionDao(db).deleteById("eu"));
        assertEquals(1, cards.count());
    }

    /**
     * ShardingSphere-JDBC itself, without Relata: on PostgreSQL, a statement that fails inside a
     * transaction marks the transaction, and a rollback to a savepoint does not clear the mark, so
     * that {@code commit()} rolls everything back without a word. Relata must not call such a
     * transaction committed (see the next test).
     */
    @Test
    void shardingSphereRollsBackAtCommitATransactionWithAFailedStatementEvenAfterASavepointRollback()
            throws SQLException {
        members.insert(member(50, "ada"));
        cards.insert(new Card(0, 50, GOLD, "first"));
        try (Connection connection = sharded.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ss_member (id, name, region_id, tier_id) VALUES (?, 'bob', 'eu', 1)")) {
                insert.setLong(1, 51);
                insert.executeUpdate();
            }
            Savepoint savepoint = connection.setSavepoint();
            assertThrows(SQLException.class, () -> {
                try (PreparedStatement conflict = connection.prepareStatement(
                        "INSERT INTO ss_card (member_id, badge_id, label) VALUES (50, ?, 'second')")) {
                    conflict.setObject(1, SILVER);
                    conflict.executeUpdate();
                }
            });
            connection.rollback(savepoint);
            try (PreparedStatement read = connection.prepareStatement("SELECT COUNT(*) FROM ss_member WHERE id = 51");
                    ResultSet rows = read.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getLong(1), "after the rollback to the savepoint, the earlier row is there");
            }
            connection.commit();
        }

        assertFalse(members.findById(51).isPresent(), "ShardingSphere's commit rolled the transaction back");
    }

    @Test
    void aCallRefusedInATransactionMakesItsEndThrowInsteadOfLosingItsRowsSilently() {
        members.insert(member(60, "ada"));
        cards.insert(new Card(0, 60, GOLD, "first"));

        RelataException failure = assertThrows(RelataException.class, () -> db.runInTransaction(() -> {
            members.insert(member(61, "bob"));
            assertThrows(OneToOneConflictException.class, () -> cards.insert(new Card(0, 60, SILVER, "second")));
            members.insert(member(62, "cy"));
        }));

        assertTrue(failure.getMessage().contains("ShardingSphere"), failure.getMessage());
        assertFalse(members.findById(61).isPresent(), "rolled back, and said so");
        assertEquals(List.of(60L), members.findAll().stream().map(Member::id).toList());
    }

    @Test
    void aCallRefusedInATransactionOutsideAnyLeavesEarlierTransactionsCommitted() {
        db.runInTransaction(() -> {
            members.insert(member(70, "ada"));
            cards.insert(new Card(0, 70, GOLD, "first"));
        });

        assertThrows(OneToOneConflictException.class, () -> cards.insert(new Card(0, 70, SILVER, "second")));
        members.insert(member(71, "bob"));

        assertEquals(List.of(70L, 71L), members.findAll().stream().map(Member::id).toList());
    }

    @Test
    void anInsertShardingSphereCannotRouteIsARelataExceptionWithAdvice() throws Exception {
        try (ShardedDatabase unkeyed = open(false)) {
            Database unkeyedDb = unkeyed.db();
            RelataSchema.create(unkeyedDb);
            new RegionDao(unkeyedDb).insert(new Region("eu", "Europe"));
            new TierDao(unkeyedDb).insert(new Tier(1, "basic"));
            MemberDao unkeyedMembers = new MemberDao(unkeyedDb);

            RelataException failure = assertThrows(RelataException.class,
                    () -> unkeyedMembers.insert(new Member(0, "ada", "eu", 1)));

            assertInstanceOf(SQLException.class, failure.getCause());
            assertTrue(failure.getMessage().startsWith("ShardingSphere cannot route the statement"), failure.getMessage());
            assertEquals(0, unkeyedMembers.count());
            assertEquals(new Member(5, "bob", "eu", 1), unkeyedMembers.insert(new Member(5, "bob", "eu", 1)));
        }
    }

    /**
     * Without ShardingSphere's key generator, the keys of a multi-row insert are those of the shards'
     * own sequences, one shard's after another's: not matched to rows by position, but refused.
     */
    @Test
    void insertAllRefusesKeysShardingSphereDidNotGenerate() throws Exception {
        try (ShardedDatabase unkeyed = open(false)) {
            Database unkeyedDb = unkeyed.db();
            RelataSchema.create(unkeyedDb);
            new RegionDao(unkeyedDb).insert(new Region("eu", "Europe"));
            new TierDao(unkeyedDb).insert(new Tier(1, "basic"));
            new BadgeDao(unkeyedDb).insert(new Badge(GOLD, "gold"));
            new MemberDao(unkeyedDb).insertAll(List.of(member(1, "ada"), member(2, "bob"), member(3, "cy")));
            CardDao unkeyedCards = new CardDao(unkeyedDb);

            RelataException failure = assertThrows(RelataException.class, () -> unkeyedCards.insertAll(List.of(
                    new Card(0, 1, GOLD, "a"), new Card(0, 2, GOLD, "b"), new Card(0, 3, GOLD, "c"))));

            assertTrue(failure.getMessage().contains("keyGenerateStrategy"), failure.getMessage());
            assertEquals(0, unkeyedCards.count(), "nothing was written");
            RelataException single = assertThrows(RelataException.class,
                    () -> unkeyedCards.insert(new Card(0, 2, GOLD, "b")));
            assertTrue(single.getMessage().contains("keyGenerateStrategy"), single.getMessage());
            assertEquals(0, unkeyedCards.count(), "nothing was written: one shard's sequence may draw another's key");
            assertEquals(new Card(7, 2, GOLD, "b"), unkeyedCards.insert(new Card(7, 2, GOLD, "b")), "a given key is taken");
        }
    }

    private static Member member(long id, String name) {
        return new Member(id, name, "eu", 1);
    }
}
