package dev.relata.processor;

import static dev.relata.processor.Compilations.assertNoDao;
import static dev.relata.processor.Compilations.assertOnlyErrors;
import static dev.relata.processor.Compilations.assertThat;
import static dev.relata.processor.Compilations.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.relata.processor.Compilations.Compiled;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What only the whole graph shows: inheritance cycles, tables shared by two models, and accessors
 * of one DAO that clash with each other, with the DAO's own methods, or with a component.
 */
class GraphDiagnosticsTest {
    private static final Source USER = Source.model("test.User", """
            @Model
            public record User(@Id long id, String username, boolean isStaff) {}
            """);

    @Test
    void twoModelsInheritingFromEachOther() {
        Source a = Source.model("test.A", "@Model\npublic record A(\n        @Parent B b,\n        String x) {}\n");
        Source b = Source.model("test.B", "@Model\npublic record B(\n        @Parent A a,\n        String y) {}\n");

        Compiled compilation = compile(a, b);

        assertOnlyErrors(compilation, "relata:inheritance-cycle");
        assertThat(compilation)
                .hadErrorContaining("[relata:inheritance-cycle] Model A inherits from itself: A -> B -> A. Fix: Remove one"
                        + " @Parent from the cycle.")
                .inFile(a.file()).onLine(a.line("@Parent B b"));
        assertThat(compilation)
                .hadErrorContaining("[relata:inheritance-cycle] Model B inherits from itself: B -> A -> B.")
                .inFile(b.file()).onLine(b.line("@Parent A a"));
        assertNoDao(compilation, "test.A");
        assertNoDao(compilation, "test.B");
    }

    @Test
    void modelInheritingFromItself() {
        Source a = Source.model("test.A", "@Model\npublic record A(\n        @Parent A a,\n        String x) {}\n");

        Compiled compilation = compile(a);

        assertOnlyErrors(compilation, "relata:inheritance-cycle");
        assertThat(compilation)
                .hadErrorContaining("[relata:inheritance-cycle] Model A inherits from itself: A -> A.")
                .inFile(a.file()).onLine(a.line("@Parent A a"));
        assertNoDao(compilation, "test.A");
    }

    @Test
    void cycleAboveAModel() {
        Source a = Source.model("test.A", "@Model\npublic record A(\n        @Parent B b,\n        String x) {}\n");
        Source b = Source.model("test.B", "@Model\npublic record B(\n        @Parent A a,\n        String y) {}\n");
        Source c = Source.model("test.C", "@Model\npublic record C(\n        @Parent A a,\n        String z) {}\n");

        Compiled compilation = compile(a, b, c);

        assertOnlyErrors(compilation, "relata:inheritance-cycle");
        assertThat(compilation).hadErrorContaining("Model A inherits from itself").inFile(a.file());
        assertThat(compilation).hadErrorContaining("Model B inherits from itself").inFile(b.file());
        assertNoDao(compilation, "test.C");
    }

    @Test
    void twoModelsWithOneTable() {
        Source tag = Source.model("test.Tag", "@Model(table = \"labels\")\npublic record Tag(@Id long id, String name) {}\n");
        Source label = Source.model("test.Label", """
                @Model(table = "labels")
                public record Label(@Id long id, String text) {}
                """);

        Compiled compilation = compile(tag, label);

        assertOnlyErrors(compilation, "relata:duplicate-table");
        assertThat(compilation)
                .hadErrorContaining("[relata:duplicate-table] Models test.Label and test.Tag both map to the table `labels`."
                        + " Fix: Give one of them another name with @Model(table = \"...\").")
                .inFile(tag.file()).onLine(tag.line("@Model")).atColumn(1);
        assertNoDao(compilation, "test.Tag");
    }

    @Test
    void tableNamedLikeAnotherModelsDefaultTable() {
        Source likeRecord = Source.model("test.LikeRecord", "@Model\npublic record LikeRecord(@Id long id, int n) {}\n");
        Source vote = Source.model("test.Vote", """
                @Model(table = "LIKE_RECORD")
                public record Vote(@Id long id, int n) {}
                """);

        Compiled compilation = compile(likeRecord, vote);

        assertOnlyErrors(compilation, "relata:duplicate-table");
        assertThat(compilation)
                .hadErrorContaining("[relata:duplicate-table] Models test.LikeRecord and test.Vote both map to the table"
                        + " `LIKE_RECORD`.")
                .inFile(vote.file()).onLine(vote.line("@Model"));
    }

    @Test
    void twoModelsOfDifferentPackagesWithOneTable() {
        Source a = Source.model("shop.Order", "@Model\npublic record Order(@Id long id, int total) {}\n");
        Source b = Source.model("billing.Order", "@Model\npublic record Order(@Id long id, String invoice) {}\n");

        Compiled compilation = compile(a, b);

        assertOnlyErrors(compilation, "relata:duplicate-table");
        assertThat(compilation)
                .hadErrorContaining("[relata:duplicate-table] Models billing.Order and shop.Order both map to the table"
                        + " `order`.")
                .inFile(a.file()).onLine(a.line("@Model"));
    }

    /**
     * Table {@code order} with column {@code item_product_id} and table {@code order_item} with column
     * {@code product_id}: both UNIQUE constraints would be {@code uq_order_item_product_id}, and both
     * foreign keys {@code fk_order_item_product_id}. Reported once, on the column, not left to fail the DDL.
     */
    @Test
    void twoColumnsWhoseConstraintsGetOneName() {
        Source product = Source.model("shop.Product", "@Model\npublic record Product(@Id long id, String name) {}\n");
        Source order = Source.model("shop.Order", """
                @Model
                public record Order(
                        @Id long id,
                        @OneToOneField(to = Product.class, onDelete = OnDelete.PROTECT, relatedName = "featuredIn") long itemProduct) {}
                """);
        Source orderItem = Source.model("shop.OrderItem", """
                @Model
                public record OrderItem(
                        @Id long id,
                        @OneToOneField(to = Product.class, onDelete = OnDelete.CASCADE) long product) {}
                """);

        Compiled compilation = compile(product, order, orderItem);

        assertOnlyErrors(compilation, "relata:duplicate-constraint");
        assertThat(compilation)
                .hadErrorContaining("[relata:duplicate-constraint] shop.OrderItem.product (column"
                        + " `order_item.product_id`) and shop.Order.itemProduct (column `order.item_product_id`) get one"
                        + " constraint name, `fk_order_item_product_id`: the schema could not be created, since a"
                        + " database holds each name once. Fix: Rename one of the columns with"
                        + " @OneToOneField(column = \"...\")")
                .inFile(orderItem.file()).onLine(orderItem.line("long product"));
        assertThat(compilation).hadErrorCount(1);
        assertNoDao(compilation, "shop.OrderItem");
    }

    /**
     * The names of one column's foreign key, UNIQUE constraint and index, a parent link's foreign key,
     * and those of like-named columns of other tables do not clash.
     */
    @Test
    void constraintsOfDifferentKindsOrTablesDoNotClash() {
        Source product = Source.model("shop.Product", "@Model\npublic record Product(@Id long id, String name) {}\n");
        Source order = Source.model("shop.Order", """
                @Model
                public record Order(
                        @Id long id,
                        @ForeignKey(to = Product.class, onDelete = OnDelete.PROTECT) long product,
                        @OneToOneField(to = Product.class, onDelete = OnDelete.PROTECT, relatedName = "featuredIn") long featured,
                        @Column(unique = true) String number) {}
                """);
        Source orderLine = Source.model("shop.OrderLine", """
                @Model
                public record OrderLine(
                        @Id long id,
                        @ForeignKey(to = Product.class, onDelete = OnDelete.PROTECT) long product) {}
                """);
        Source rushOrder = Source.model("shop.RushOrder", """
                @Model
                public record RushOrder(@Parent Order order, @Column(unique = true) String number) {}
                """);

        Compilations.assertThat(Compilations.compileStrictly(product, order, orderLine, rushOrder))
                .succeededWithoutWarnings();
    }

    /** Two components on one column are reported as such, not once more as a constraint name clash. */
    @Test
    void oneColumnTwiceIsADuplicateColumnOnly() {
        Source product = Source.model("shop.Product", "@Model\npublic record Product(@Id long id, String name) {}\n");
        Source order = Source.model("shop.Order", """
                @Model
                public record Order(
                        @Id long id,
                        @OneToOneField(to = Product.class, onDelete = OnDelete.PROTECT, relatedName = "a") long product,
                        @OneToOneField(to = Product.class, onDelete = OnDelete.PROTECT, relatedName = "b",
                                column = "product_id") long item) {}
                """);

        assertOnlyErrors(compile(product, order), "relata:duplicate-column");
    }

    @Test
    void reverseAccessorsOfTwoModelsClash() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, relatedName = "card") long user) {}
                """);
        Source badge = Source.model("test.Badge", """
                @Model
                public record Badge(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, relatedName = "card") long owner) {}
                """);

        Compiled compilation = compile(USER, profile, badge);

        assertOnlyErrors(compilation, "relata:reverse-accessor-clash");
        assertThat(compilation)
                .hadErrorContaining("[relata:reverse-accessor-clash] Reverse accessor UserDao.card for Profile.user clashes"
                        + " with the reverse accessor for Badge.owner. Fix: Rename one of them: add or change a relatedName"
                        + " on Profile.user or Badge.owner.")
                .inFile(profile.file()).onLine(profile.line("long user")).atColumn(profile.column("@OneToOneField"));
        assertNoDao(compilation, "test.Profile");
        assertNoDao(compilation, "test.User");
    }

    @Test
    void reverseAccessorsOfTwoLinksOfOneModelClash() {
        Source friendship = Source.model("test.Friendship", """
                @Model
                public record Friendship(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long from,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long to) {}
                """);

        Compiled compilation = compile(USER, friendship);

        assertOnlyErrors(compilation, "relata:reverse-accessor-clash");
        assertThat(compilation)
                .hadErrorContaining("[relata:reverse-accessor-clash] Reverse accessor UserDao.friendship for Friendship.to"
                        + " clashes with the reverse accessor for Friendship.from. Fix: Rename one of them: add or change a"
                        + " relatedName on Friendship.to or Friendship.from.")
                .inFile(friendship.file()).onLine(friendship.line("long to"));
        assertNoDao(compilation, "test.Friendship");
    }

    @Test
    void reverseAccessorClashesWithAComponentOfTheTarget() {
        Source user = Source.model("test.User", """
                @Model
                public record User(
                        @Id long id,
                        String username,
                        String profile) {}
                """);
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user) {}
                """);

        Compiled compilation = compile(user, profile);

        assertOnlyErrors(compilation, "relata:accessor-clashes-component");
        assertThat(compilation)
                .hadErrorContaining("[relata:accessor-clashes-component] Accessor UserDao.profile for Profile.user clashes"
                        + " with the component User.profile. Fix: Rename User.profile, or add or change a relatedName on"
                        + " Profile.user.")
                .inFile(profile.file()).onLine(profile.line("long user"));
        assertNoDao(compilation, "test.Profile");
        assertNoDao(compilation, "test.User");
    }

    @ParameterizedTest(name = "relatedName = \"{0}\"")
    @CsvSource({"count", "insert", "findById", "deleteById", "update"})
    void reverseAccessorClashesWithAMethodOfTheDao(String relatedName) {
        Source profile = Source.model("test.Profile", "@Model\npublic record Profile(\n        @Id long id,\n"
                + "        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, relatedName = \"" + relatedName + "\")\n"
                + "        long user) {}\n");

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:accessor-clashes-method");
        assertThat(compilation)
                .hadErrorContaining("[relata:accessor-clashes-method] Accessor UserDao." + relatedName + " for Profile.user"
                        + " clashes with " + relatedName + "(...) of the generated UserDao.")
                .inFile(profile.file()).onLine(profile.line("relatedName")).atColumn(profile.column("@OneToOneField"));
        assertThat(compilation).hadErrorContaining("Fix: To rename the accessor, add or change a relatedName on Profile.user.");
        assertNoDao(compilation, "test.Profile");
    }

    /**
     * Every public method of a generated DAO, read from the compiled class rather than from the
     * validator's own list, is taken: a relatedName that equals one is an error on the link.
     */
    @Test
    void everyPublicMethodOfAGeneratedDaoIsTakenForReverseAccessors() {
        Compiled user = Compilations.compileStrictly(USER);
        assertThat(user).succeededWithoutWarnings();
        Set<String> methods = new TreeSet<>();
        for (Method method : new GeneratedClasses(user.compilation()).load("test.UserDao").getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                methods.add(method.getName());
            }
        }
        assertThat(methods).containsAtLeast("insert", "findById", "deleteAll");

        for (String method : methods) {
            Source profile = Source.model("test.Profile", "@Model\npublic record Profile(\n        @Id long id,\n"
                    + "        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, relatedName = \"" + method + "\")\n"
                    + "        long user) {}\n");

            Compiled compilation = compile(USER, profile);

            assertWithMessage("relatedName = \"%s\"", method).that(compilation.succeeded()).isFalse();
            assertOnlyErrors(compilation, "relata:accessor-clashes-method");
            assertThat(compilation)
                    .hadErrorContaining("[relata:accessor-clashes-method] Accessor UserDao." + method + " for Profile.user"
                            + " clashes with " + method + "(...) of the generated UserDao.")
                    .inFile(profile.file()).onLine(profile.line("relatedName"));
            assertNoDao(compilation, "test.Profile");
        }
    }

    @Test
    void batchReverseAccessorClashesWithAMethodOfTheDao() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, relatedName = "insertAll") long user) {}
                """);

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:accessor-clashes-method");
        assertThat(compilation)
                .hadErrorContaining("Accessor UserDao.insertAll for Profile.user clashes with insertAll(...) of the"
                        + " generated UserDao.")
                .inFile(profile.file()).onLine(profile.line("long user"));
    }

    @Test
    void forwardAccessorClashesWithAMethodOfTheDao() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long countId) {}
                """);

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:accessor-clashes-method");
        assertThat(compilation)
                .hadErrorContaining("[relata:accessor-clashes-method] Accessor ProfileDao.count for Profile.countId clashes"
                        + " with count(...) of the generated ProfileDao. Fix: To rename the accessor, rename Profile.countId.")
                .inFile(profile.file()).onLine(profile.line("long countId"));
        assertNoDao(compilation, "test.Profile");
    }

    @Test
    void forwardAccessorClashesWithAComponent() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long userId,
                        String user) {}
                """);

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:accessor-clashes-component");
        assertThat(compilation)
                .hadErrorContaining("[relata:accessor-clashes-component] Accessor ProfileDao.user for Profile.userId clashes"
                        + " with the component Profile.user. Fix: Rename Profile.user, or rename Profile.userId.")
                .inFile(profile.file()).onLine(profile.line("long userId"));
        assertNoDao(compilation, "test.Profile");
    }

    @Test
    void forwardBatchAccessorClashesWithAReverseAccessor() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user) {}
                """);
        Source card = Source.model("test.Card", """
                @Model
                public record Card(
                        @Id long id,
                        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE, relatedName = "userFor") long owner) {}
                """);

        Compiled compilation = compile(USER, profile, card);

        assertOnlyErrors(compilation, "relata:accessor-clashes-method");
        assertThat(compilation)
                .hadErrorContaining("[relata:accessor-clashes-method] Accessor ProfileDao.userFor for Card.owner clashes"
                        + " with the accessor for Profile.user of the generated ProfileDao.")
                .inFile(card.file()).onLine(card.line("long owner"));
        assertNoDao(compilation, "test.Card");
    }

    @Test
    void choicesAccessorClashesWithAReverseAccessor() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "isStaff = true")
                        long user) {}
                """);
        Source card = Source.model("test.Card", """
                @Model
                public record Card(
                        @Id long id,
                        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE, relatedName = "userChoices")
                        long owner) {}
                """);

        Compiled compilation = compile(USER, profile, card);

        assertOnlyErrors(compilation, "relata:accessor-clashes-method");
        assertThat(compilation)
                .hadErrorContaining("Accessor ProfileDao.userChoices for Card.owner clashes with the accessor for"
                        + " Profile.user of the generated ProfileDao.")
                .inFile(card.file()).onLine(card.line("relatedName"));
    }

    @Test
    void childLinkNamedLikeALinkOfItsParent() {
        Source profile = Source.model("test.Profile", "@Model\npublic record Profile(@Id long id, String name) {}\n");
        Source page = Source.model("test.Page", """
                @Model
                public record Page(
                        @Id long id,
                        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile) {}
                """);
        Source like = Source.model("test.Like", """
                @Model
                public record Like(
                        @Parent Page page,
                        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE, relatedName = "likedPage")
                        long profile) {}
                """);

        Compiled compilation = compile(profile, page, like);

        assertOnlyErrors(compilation, "relata:accessor-clashes-component");
        assertThat(compilation)
                .hadErrorContaining("[relata:accessor-clashes-component] Accessor LikeDao.profile for Page.profile clashes"
                        + " with the component Like.profile. Fix: Rename Like.profile, or rename Page.profile.")
                .inFile(like.file()).onLine(like.line("long profile"));
        assertNoDao(compilation, "test.Like");
    }

    @Test
    void reverseAccessorOfAChildClashesWithALink() {
        Source page = Source.model("test.Page", "@Model\npublic record Page(@Id long id, String title) {}\n");
        Source like = Source.model("test.Like", "@Model\npublic record Like(\n        @Parent Page page,\n        int n) {}\n");
        Source fan = Source.model("test.Fan", """
                @Model
                public record Fan(
                        @Id long id,
                        @OneToOneField(to = Page.class, onDelete = OnDelete.CASCADE, relatedName = "like") long page) {}
                """);

        Compiled compilation = compile(page, like, fan);

        assertOnlyErrors(compilation, "relata:reverse-accessor-clash");
        assertThat(compilation)
                .hadErrorContaining("Reverse accessor PageDao.like for Fan.page clashes with the reverse accessor for the"
                        + " @Parent Like.page. Fix: Rename one of them: add or change a relatedName on Fan.page, or rename the"
                        + " model Like (a @Parent link's reverse accessor is named after the child).")
                .inFile(fan.file()).onLine(fan.line("long page"));
        assertNoDao(compilation, "test.Fan");
    }

    @Test
    void aReverseAccessorNamedAfterAModelWhoseNameIsAKeyword() {
        Source newModel = Source.model("test.New", """
                @Model
                public record New(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user) {}
                """);

        Compiled compilation = compile(USER, newModel);

        assertOnlyErrors(compilation, "relata:accessor-is-keyword");
        assertThat(compilation)
                .hadErrorContaining("[relata:accessor-is-keyword] Reverse accessor UserDao.new for New.user would be named"
                        + " after the model New, but \"new\" is a Java keyword. Fix: To rename the accessor, add or change a"
                        + " relatedName on New.user.")
                .inFile(newModel.file()).onLine(newModel.line("long user")).atColumn(newModel.column("@OneToOneField"));
        assertNoDao(compilation, "test.User");
    }

    @Test
    void aParentsReverseAccessorNamedAfterAChildWhoseNameIsAKeyword() {
        Source child = Source.model("test.Long", """
                @Model
                public record Long(@Parent User user, int digits) {}
                """);

        Compiled compilation = compile(USER, child);

        assertOnlyErrors(compilation, "relata:accessor-is-keyword");
        assertThat(compilation)
                .hadErrorContaining("[relata:accessor-is-keyword] Reverse accessor UserDao.long for Long.user would be"
                        + " named after the model Long, but \"long\" is a Java keyword. Fix: To rename the accessor,"
                        + " rename the model Long (a @Parent link's reverse accessor is named after the child).")
                .inFile(child.file()).onLine(child.line("@Parent"));
        assertNoDao(compilation, "test.User");
    }
}
