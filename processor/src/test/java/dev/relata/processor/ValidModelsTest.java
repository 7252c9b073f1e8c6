package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relata.processor.Compilations.assertWellReported;
import static dev.relata.processor.Compilations.compile;
import static dev.relata.processor.Compilations.compileStrictly;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.processor.Compilations.Compiled;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Valid models compile without a warning under {@code -Xlint:all -Werror}, get the DAOs and
 * schema DESIGN promises, and the generated code runs.
 */
class ValidModelsTest {

    @Test
    void seedCompilesWithoutWarningsAndGetsEveryDaoAndTheSchema() {
        Compiled compilation = compileStrictly(Seed.models());

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedTypes()).containsExactly("com.example.blog.UserDao", "com.example.blog.ProfileDao",
                "com.example.blog.PageDao", "com.example.blog.LikeDao", "com.example.blog.RelataSchema");
    }

    /** A user's code calling every method DESIGN section 3 promises for the seed, with its types. */
    @Test
    void seedDaosHaveTheMethodsOfDesign() {
        Source usage = Source.of("com.example.blog.Usage", """
                package com.example.blog;

                import dev.relata.Database;
                import dev.relata.Dialect;
                import java.util.Collection;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;

                class Usage {
                    void use(Database db, User user, Profile profile, Page page, Like like, Collection<User> users) {
                        UserDao userDao = new UserDao(db);
                        User inserted = userDao.insert(user);
                        List<User> insertedAll = userDao.insertAll(users);
                        Optional<User> found = userDao.findById(inserted.id());
                        List<User> all = userDao.findAll();
                        long count = userDao.count();
                        userDao.update(user);
                        boolean deleted = userDao.deleteById(1L) || userDao.delete(user);
                        Optional<Profile> reverse = userDao.profile(user);
                        Map<Long, Profile> reverseBatch = userDao.profileFor(users);

                        ProfileDao profileDao = new ProfileDao(db);
                        User forward = profileDao.user(profile);
                        Map<Long, User> forwardBatch = profileDao.userFor(List.of(profile));
                        List<User> choices = profileDao.userChoices();
                        Optional<Page> profilesPage = profileDao.page(profile);
                        Map<Long, Page> profilesPages = profileDao.pageFor(List.of(profile));

                        PageDao pageDao = new PageDao(db);
                        Profile pagesProfile = pageDao.profile(page);
                        Optional<Like> child = pageDao.like(page);
                        Map<Long, Like> children = pageDao.likeFor(List.of(page));

                        LikeDao likeDao = new LikeDao(db);
                        Like insertedLike = likeDao.insert(like);
                        Optional<Like> foundLike = likeDao.findById(like.page().id());
                        Profile inheritedLink = likeDao.profile(like);

                        List<String> ddl = RelataSchema.statements(Dialect.H2);
                        RelataSchema.create(db);
                        System.out.println(List.of(inserted, insertedAll, found, all, count, deleted, reverse, reverseBatch,
                                forward, forwardBatch, choices, profilesPage, profilesPages, pagesProfile, child, children,
                                insertedLike, foundLike, inheritedLink, ddl));
                    }
                }
                """);
        List<JavaFileObject> files = new ArrayList<>(Arrays.asList(Seed.models()));
        files.add(usage.file());

        Compiled compilation = compileStrictly(files.toArray(JavaFileObject[]::new));

        Compilations.assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void seedRunsOnH2() {
        Compiled compilation = compileStrictly(Seed.models());
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("com.example.blog.RelataSchema", "create", db);
        Object users = classes.create("com.example.blog.UserDao", db);
        Object profiles = classes.create("com.example.blog.ProfileDao", db);

        Object ada = GeneratedClasses.call(users, "insert", classes.create("com.example.blog.User", 0L, "ada", true));
        Object profile = GeneratedClasses.call(profiles, "insert",
                classes.create("com.example.blog.Profile", 0L, GeneratedClasses.call(ada, "id"), "Ada", "London"));

        assertThat(GeneratedClasses.call(users, "profile", ada)).isEqualTo(Optional.of(profile));
        assertThat(GeneratedClasses.call(profiles, "user", profile)).isEqualTo(ada);
    }

    /**
     * A parent link column is named after the parent model, as Django names it, whatever the
     * parent's table is called; {@code @Column(name = ...)} on the {@code @Parent} names it instead.
     */
    @Test
    void parentLinkColumnsAreNamedAfterTheParentModelOrByColumn() throws Exception {
        Source place = Source.model("inh.Place", """
                @Model(table = "inh_place")
                public record Place(@Id long id, String name) {}
                """);
        Source restaurant = Source.model("inh.Restaurant", """
                @Model
                public record Restaurant(@Parent Place place, boolean servesPizza) {}
                """);
        Source bar = Source.model("inh.Bar", """
                @Model
                public record Bar(@Parent @Column(name = "venue_id") Place place, int stools) {}
                """);
        Compiled compilation = compileStrictly(place, restaurant, bar);
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("inh.RelataSchema", "create", db);
        Object bars = classes.create("inh.BarDao", db);

        Object inserted = GeneratedClasses.call(bars, "insert",
                classes.create("inh.Bar", classes.create("inh.Place", 0L, "Corner"), 12));

        @SuppressWarnings("unchecked")
        List<String> ddl = (List<String>) classes.callStatic("inh.RelataSchema", "statements", Dialect.H2);
        assertThat(String.join("\n", ddl)).contains("CREATE TABLE \"RESTAURANT\" (\"PLACE_PTR_ID\" BIGINT NOT NULL PRIMARY KEY");
        assertThat(String.join("\n", ddl)).contains("CREATE TABLE \"BAR\" (\"VENUE_ID\" BIGINT NOT NULL PRIMARY KEY");
        Object key = GeneratedClasses.call(GeneratedClasses.call(inserted, "place"), "id");
        int stools = db.withConnection(connection -> {
            try (var ps = connection.prepareStatement("SELECT \"STOOLS\" FROM \"BAR\" WHERE \"VENUE_ID\" = ?")) {
                ps.setLong(1, (Long) key);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            }
        });
        assertThat(stools).isEqualTo(12);
        assertThat(GeneratedClasses.call(bars, "findById", key)).isEqualTo(Optional.of(inserted));
    }

    private static final Source COLOR = Source.model("test.Color", "public enum Color { RED, GREEN }\n");

    /** One component of every supported type, each with a {@code @Default}, and their nullable boxes. */
    private static final Source EVERY_TYPE = Source.model("test.Sample", """
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.LocalDateTime;
            import java.util.UUID;
            import org.jspecify.annotations.Nullable;

            @Model
            public record Sample(
                    @Id long id,
                    @Default("true") boolean aBoolean,
                    @Default("-8") byte aByte,
                    @Default("-16") short aShort,
                    @Default("32") int anInt,
                    @Default("64") long aLong,
                    @Default("1.5") float aFloat,
                    @Default("2.25") double aDouble,
                    @Default("x") char aChar,
                    @Default("it's") @Column(length = 20) String aString,
                    @Default("12.50") BigDecimal aDecimal,
                    @Default("123e4567-e89b-12d3-a456-426614174000") UUID aUuid,
                    @Default("2024-02-29") LocalDate aDate,
                    @Default("2024-02-29T13:45:30.123456") LocalDateTime aDateTime,
                    @Default("2024-02-29T13:45:30.123456Z") Instant anInstant,
                    byte[] someBytes,
                    @Default("GREEN") Color aColor,
                    @Nullable Boolean maybeBoolean,
                    @Nullable Byte maybeByte,
                    @Nullable Short maybeShort,
                    @Nullable Integer maybeInt,
                    @Nullable Long maybeLong,
                    @Nullable Float maybeFloat,
                    @Nullable Double maybeDouble,
                    @Nullable Character maybeChar,
                    @Nullable String maybeString,
                    @Nullable BigDecimal maybeDecimal,
                    @Nullable UUID maybeUuid,
                    @Nullable LocalDate maybeDate,
                    @Nullable LocalDateTime maybeDateTime,
                    @Nullable Instant maybeInstant,
                    byte @Nullable [] maybeBytes,
                    @Nullable Color maybeColor) {}
            """);

    @Test
    void aModelInTheDefaultPackageGetsItsDaoThereAndRuns() {
        Source thing = Source.of("Thing", """
                import dev.relata.Id;
                import dev.relata.Model;

                @Model
                public record Thing(@Id long id, String name) {}
                """);

        Compiled compilation = compileStrictly(thing);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedTypes()).containsExactly("ThingDao", "RelataSchema");
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("RelataSchema", "create", db);
        Object dao = classes.create("ThingDao", db);
        Object stored = GeneratedClasses.call(dao, "insert", classes.create("Thing", 0L, "first"));
        assertThat(GeneratedClasses.call(dao, "findById", GeneratedClasses.call(stored, "id")))
                .isEqualTo(Optional.of(stored));
    }

    @Test
    void everySupportedTypeCompiles() {
        Compiled compilation = compileStrictly(COLOR, EVERY_TYPE);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedTypes()).containsExactly("test.SampleDao", "test.RelataSchema");
    }

    @Test
    void everySupportedTypeRoundTripsOnH2() {
        Compiled compilation = compileStrictly(COLOR, EVERY_TYPE);
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        Object dao = classes.create("test.SampleDao", db);
        Object green = classes.load("test.Color").getEnumConstants()[1];
        Object[] values = {0L, true, (byte) -8, (short) -16, 32, 64L, 1.5f, 2.25d, 'x', "it's", new BigDecimal("12.50"),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), LocalDate.of(2024, 2, 29),
                LocalDateTime.parse("2024-02-29T13:45:30.123456"), Instant.parse("2024-02-29T13:45:30.123456Z"),
                new byte[] {0, 1, -1}, green,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null};

        Object inserted = GeneratedClasses.call(dao, "insert", classes.create("test.Sample", values));
        long key = (Long) GeneratedClasses.call(inserted, "id");
        Optional<?> found = (Optional<?>) GeneratedClasses.call(dao, "findById", key);

        assertThat(found).isPresent();
        Object row = found.get();
        var components = row.getClass().getRecordComponents();
        for (int i = 1; i < components.length; i++) {
            Object actual = GeneratedClasses.call(row, components[i].getName());
            Object expected = values[i];
            if (expected instanceof byte[] bytes) {
                assertWithMessage(components[i].getName()).that((byte[]) actual).isEqualTo(bytes);
            } else if (expected instanceof BigDecimal decimal) {
                assertWithMessage(components[i].getName()).that((BigDecimal) actual).isEquivalentAccordingToCompareTo(decimal);
            } else {
                assertWithMessage(components[i].getName()).that(actual).isEqualTo(expected);
            }
        }
    }

    /** The {@code @Default}s are the columns' SQL defaults: a row inserted by plain SQL gets them. */
    @Test
    void defaultsAreTheColumnsDefaults() {
        Compiled compilation = compileStrictly(COLOR, EVERY_TYPE);
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        db.withTransaction(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("INSERT INTO \"SAMPLE\" (\"SOME_BYTES\") VALUES (X'00')");
            }
            return null;
        });
        Object dao = classes.create("test.SampleDao", db);

        List<?> rows = (List<?>) GeneratedClasses.call(dao, "findAll");

        assertThat(rows).hasSize(1);
        Object row = rows.get(0);
        assertThat(GeneratedClasses.call(row, "aBoolean")).isEqualTo(true);
        assertThat(GeneratedClasses.call(row, "aByte")).isEqualTo((byte) -8);
        assertThat(GeneratedClasses.call(row, "aChar")).isEqualTo('x');
        assertThat(GeneratedClasses.call(row, "aString")).isEqualTo("it's");
        assertThat(GeneratedClasses.call(row, "aUuid")).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        assertThat(GeneratedClasses.call(row, "aDateTime")).isEqualTo(LocalDateTime.parse("2024-02-29T13:45:30.123456"));
        assertThat(GeneratedClasses.call(row, "anInstant")).isEqualTo(Instant.parse("2024-02-29T13:45:30.123456Z"));
        assertThat(GeneratedClasses.call(row, "aColor").toString()).isEqualTo("GREEN");
    }

    @Test
    void uuidAndStringKeysAssignedByTheCaller() {
        Source account = Source.model("test.Account", """
                import java.util.UUID;

                @Model
                public record Account(@Id UUID id, String owner) {}
                """);
        Source wallet = Source.model("test.Wallet", """
                import java.util.UUID;

                @Model
                public record Wallet(
                        @Id String code,
                        @OneToOneField(to = Account.class, onDelete = OnDelete.PROTECT) UUID account) {}
                """);

        Compiled compilation = compileStrictly(account, wallet);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        UUID key = UUID.fromString("00000000-0000-0000-0000-00000000002a");
        Object accounts = classes.create("test.AccountDao", db);
        Object wallets = classes.create("test.WalletDao", db);
        Object ada = GeneratedClasses.call(accounts, "insert", classes.create("test.Account", key, "ada"));
        Object purse = GeneratedClasses.call(wallets, "insert", classes.create("test.Wallet", "W-1", key));

        assertThat(GeneratedClasses.call(accounts, "findById", key)).isEqualTo(Optional.of(ada));
        assertThat(GeneratedClasses.call(wallets, "findById", "W-1")).isEqualTo(Optional.of(purse));
        assertThat(GeneratedClasses.call(accounts, "wallet", ada)).isEqualTo(Optional.of(purse));
    }

    /**
     * The batch reverse accessor of a foreign key lists each target's rows by key: sorted by the runtime
     * for a whole number key, boxed or not, and by the database for a text or UUID key.
     */
    @Test
    void foreignKeyBatchListsAreByKeyForEveryKeyType() {
        Source shop = Source.model("test.Shop", "@Model\npublic record Shop(@Id long id, String name) {}\n");
        List<Source> models = new ArrayList<>(List.of(shop));
        String[][] items = {{"IntItem", "int"}, {"BoxedItem", "Integer"}, {"LongItem", "Long"}, {"TextItem", "String"},
                {"UuidItem", "java.util.UUID"}};
        for (String[] item : items) {
            models.add(Source.model("test." + item[0], "@Model\npublic record " + item[0] + "(@Id " + item[1]
                    + " id, @ForeignKey(to = Shop.class, onDelete = OnDelete.CASCADE) long shop) {}\n"));
        }

        Compiled compilation = compileStrictly(models.toArray(Source[]::new));

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        Object shops = classes.create("test.ShopDao", db);
        Object corner = GeneratedClasses.call(shops, "insert", classes.create("test.Shop", 0L, "corner"));
        for (String[] item : items) {
            Object dao = classes.create("test." + item[0] + "Dao", db);
            List<Object> written = new ArrayList<>();
            // Written highest key first.
            for (int key = 9; key >= 7; key--) {
                Object id = switch (item[1]) {
                    case "int", "Integer" -> key;
                    case "Long" -> (long) key;
                    case "String" -> "k" + key;
                    default -> UUID.fromString("00000000-0000-0000-0000-00000000000" + key);
                };
                written.add(0, GeneratedClasses.call(dao, "insert", classes.create("test." + item[0], id,
                        GeneratedClasses.call(corner, "id"))));
            }
            String accessor = Character.toLowerCase(item[0].charAt(0)) + item[0].substring(1) + "ListFor";

            assertWithMessage(item[0]).that(GeneratedClasses.call(shops, accessor, List.of(corner)))
                    .isEqualTo(java.util.Map.of(GeneratedClasses.call(corner, "id"), written));
        }
    }

    /** Django's {@code OneToOneField(User, primary_key=True)}: the link is the key. */
    @Test
    void idOnALink() {
        Source user = Source.model("test.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user,
                        String bio) {}
                """);

        Compiled compilation = compileStrictly(user, profile);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        Object users = classes.create("test.UserDao", db);
        Object profiles = classes.create("test.ProfileDao", db);
        Object ada = GeneratedClasses.call(users, "insert", classes.create("test.User", 0L, "ada"));
        long adaKey = (Long) GeneratedClasses.call(ada, "id");
        Object adas = GeneratedClasses.call(profiles, "insert", classes.create("test.Profile", adaKey, "Hello"));

        assertThat(GeneratedClasses.call(profiles, "findById", adaKey)).isEqualTo(Optional.of(adas));
        assertThat(GeneratedClasses.call(users, "profile", ada)).isEqualTo(Optional.of(adas));
        assertThat(GeneratedClasses.call(profiles, "user", adas)).isEqualTo(ada);
    }

    @Test
    void nullableLinkWithJSpecify() {
        Source user = Source.model("test.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("test.Profile", """
                import org.jspecify.annotations.Nullable;

                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.SET_NULL) @Nullable Long user) {}
                """);
        Source usage = Source.of("test.Usage", """
                package test;

                import java.util.Optional;

                class Usage {
                    Optional<User> owner(ProfileDao profiles, Profile profile) {
                        return profiles.user(profile);
                    }
                }
                """);

        Compiled compilation = compileStrictly(user, profile, usage);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        Object users = classes.create("test.UserDao", db);
        Object profiles = classes.create("test.ProfileDao", db);
        Object ada = GeneratedClasses.call(users, "insert", classes.create("test.User", 0L, "ada"));
        Object linked = GeneratedClasses.call(profiles, "insert",
                classes.create("test.Profile", 0L, GeneratedClasses.call(ada, "id")));
        Object unlinked = GeneratedClasses.call(profiles, "insert", classes.create("test.Profile", 0L, null));

        assertThat(GeneratedClasses.call(profiles, "user", unlinked)).isEqualTo(Optional.empty());
        GeneratedClasses.call(users, "delete", ada);
        Object afterDelete = ((Optional<?>) GeneratedClasses.call(profiles, "findById", GeneratedClasses.call(linked, "id")))
                .orElseThrow();
        assertThat(GeneratedClasses.call(afterDelete, "user")).isNull();
    }

    @Test
    void nullableByAnyAnnotationNamedNullable() {
        Source nullable = Source.of("test.Nullable", """
                package test;

                import java.lang.annotation.ElementType;
                import java.lang.annotation.Target;

                @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
                public @interface Nullable {}
                """);
        Source user = Source.model("test.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @Nullable @OneToOneField(to = User.class, onDelete = OnDelete.SET_NULL) Long user) {}
                """);

        Compiled compilation = compile(nullable, user, profile);

        assertNoWarningsButUnclaimedAnnotations(compilation);
    }

    /**
     * A limitChoicesTo like, as a finder's: only % and _ are wildcards; a backslash and a ! are
     * themselves, on H2 as on the other databases.
     */
    @Test
    void limitChoicesToLikeHasNoEscapeCharacter() {
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(@Id long id, String name) {}\n");
        Source label = Source.model("test.Label", """
                @Model
                public record Label(
                        @Id long id,
                        @OneToOneField(to = Tag.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "name like 'a\\\\%'") long tag,
                        @OneToOneField(to = Tag.class, onDelete = OnDelete.CASCADE, relatedName = "marked",
                                limitChoicesTo = "name like '%!'") long mark) {}
                """);

        Compiled compilation = compileStrictly(tag, label);
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        Object tags = classes.create("test.TagDao", db);
        List<Object> inserted = new ArrayList<>();
        for (String name : List.of("a\\b", "ab", "a%", "wow!", "wow")) {
            inserted.add(GeneratedClasses.call(tags, "insert", classes.create("test.Tag", 0L, name)));
        }
        Object labels = classes.create("test.LabelDao", db);

        assertThat(GeneratedClasses.call(labels, "tagChoices")).isEqualTo(List.of(inserted.get(0)));
        assertThat(GeneratedClasses.call(labels, "markChoices")).isEqualTo(List.of(inserted.get(3)));
    }

    @Test
    void setDefaultWithADefault() {
        Source user = Source.model("test.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @Default("1") @OneToOneField(to = User.class, onDelete = OnDelete.SET_DEFAULT) long user) {}
                """);

        Compiled compilation = compileStrictly(user, profile);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
    }

    /** SQL's reserved words are legal names: identifiers are quoted. */
    @Test
    void reservedWordsAsNames() {
        Source order = Source.model("test.Order", """
                @Model
                public record Order(@Id long id, int limit, String from, boolean select, String key) {}
                """);
        Source group = Source.model("test.Group", """
                @Model
                public record Group(
                        @Id long id,
                        @OneToOneField(to = Order.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "limit > 0 and select = true")
                        long order,
                        @Column(name = "table") String where) {}
                """);
        Source user = Source.model("test.User", """
                @Model(table = "select")
                public record User(@Parent Group group, String values) {}
                """);

        Compiled compilation = compileStrictly(order, group, user);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedTypes())
                .containsExactly("test.OrderDao", "test.GroupDao", "test.UserDao", "test.RelataSchema");
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        Object orders = classes.create("test.OrderDao", db);
        Object groups = classes.create("test.GroupDao", db);
        Object users = classes.create("test.UserDao", db);
        Object order1 = GeneratedClasses.call(orders, "insert", classes.create("test.Order", 0L, 5, "here", true, "k"));
        Object user1 = GeneratedClasses.call(users, "insert",
                classes.create("test.User", classes.create("test.Group", 0L, GeneratedClasses.call(order1, "id"), "there"), "v"));
        Object group1 = GeneratedClasses.call(user1, "group");

        assertThat(GeneratedClasses.call(groups, "orderChoices")).isEqualTo(List.of());
        assertThat(GeneratedClasses.call(orders, "group", order1)).isEqualTo(Optional.of(group1));
        assertThat(GeneratedClasses.call(users, "findAll")).isEqualTo(List.of(user1));
        assertThat(GeneratedClasses.call(users, "order", user1)).isEqualTo(order1);
        assertThat(GeneratedClasses.call(orders, "deleteById", GeneratedClasses.call(order1, "id"))).isEqualTo(true);
        assertThat(GeneratedClasses.call(users, "count")).isEqualTo(0L);
    }

    @Test
    void modelsInTwoPackages() {
        Source user = Source.model("accounts.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("blog.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = accounts.User.class, onDelete = OnDelete.CASCADE) long user) {}
                """);

        Compiled compilation = compileStrictly(user, profile);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedTypes()).containsExactly("accounts.UserDao", "accounts.RelataSchema",
                "blog.ProfileDao", "blog.RelataSchema");
    }

    @Test
    void staticNestedRecord() {
        Source blog = Source.model("test.Blog", """
                public final class Blog {
                    private Blog() {}

                    @Model
                    public record Tag(@Id long id, String label) {}

                    @Model
                    record Post(
                            @Id long id,
                            @OneToOneField(to = Tag.class, onDelete = OnDelete.CASCADE) long tag) {}
                }
                """);

        Compiled compilation = compileStrictly(blog);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedTypes()).containsExactly("test.Blog_TagDao", "test.Blog_PostDao", "test.RelataSchema");
    }

    @Test
    void hiddenReverseAccessor() {
        Source user = Source.model("test.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, relatedName = "+") long user,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, relatedName = "+") long reviewer) {}
                """);

        Compiled compilation = compileStrictly(user, profile);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        assertThat(Arrays.stream(classes.load("test.UserDao").getMethods()).map(m -> m.getName()).toList())
                .containsNoneOf("profile", "profileFor");
    }

    /**
     * Asserts a successful compilation whose only warning, if any, is javac's own about annotations
     * that no processor claims (a project's own {@code @Nullable}): any processor run with
     * {@code -Xlint:processing} gets that one.
     */
    private static void assertNoWarningsButUnclaimedAnnotations(Compiled compilation) {
        assertWellReported(compilation);
        Compilations.assertThat(compilation).succeeded();
        for (var warning : compilation.compilation().warnings()) {
            assertWithMessage("a warning").that(warning.getMessage(null))
                    .startsWith("No processor claimed any of these annotations");
        }
    }
}
