package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.relata.processor.Compilations.compileStrictly;
import static dev.relata.processor.GeneratedClasses.call;

import dev.relata.Database;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Models, components and relations named like the generated code's own parameters, locals,
 * fields and types: every DAO still compiles without a warning and runs. Each name here once broke
 * the generated code ({@code variable ps is already defined}, {@code new String[]} resolving to a
 * model named {@code String}, ...).
 */
class GeneratedNamesTest {
    private static final String PACKAGE = "names";

    private static Source model(String name, String body) {
        return Source.model(PACKAGE + "." + name, "@Model\n" + body + "\n");
    }

    private static final Source P = model("P", "public record P(@Id long id) {}");
    private static final Source GRAND_PARENT = model("GrandParent",
            "public record GrandParent(@Id long id, java.lang.String name) {}");
    private static final Source PARENT = model("Parent",
            "public record Parent(@dev.relata.Parent GrandParent grandParent, java.lang.String row) {}");
    private static final Source FOUND = model("Found", "public record Found(@Id long id, java.lang.String name) {}");
    private static final Source KEYS = model("Keys", """
            public record Keys(
                    @Id long id,
                    @OneToOneField(to = Found.class, onDelete = OnDelete.CASCADE) long found,
                    java.lang.String row) {}""");
    private static final Source FIRST = model("First", """
            public record First(
                    @Id long id,
                    @OneToOneField(to = P.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "id > 0") long p,
                    java.lang.String first) {}""");
    private static final Source STRING = model("String", "public record String(@Id long id, java.lang.String name) {}");
    private static final Source CONNECTION = model("Connection", """
            public record Connection(
                    @Id long id,
                    @OneToOneField(to = Statement.class, onDelete = OnDelete.PROTECT, relatedName = "insertWithKey")
                    long statement,
                    int ps,
                    int rs) {}""");
    private static final Source STATEMENT = model("Statement",
            "public record Statement(@Id long id, long db, long dialect, long keys) {}");
    private static final Source LIST = model("List", """
            public record List(
                    @Id long id,
                    @OneToOneField(to = Optional.class, onDelete = OnDelete.SET_NULL)
                    @org.jspecify.annotations.Nullable Long optional,
                    java.lang.String row,
                    long connection) {}""");
    private static final Source OPTIONAL = model("Optional", "public record Optional(@Id long id, long connection) {}");
    private static final Source MAP = model("Map", "public record Map(@dev.relata.Parent List list, int keys) {}");

    /** Its rows are held in locals named {@code updateSql}, the name of the update statement's field. */
    private static final Source UPDATE_SQL = model("UpdateSql", "public record UpdateSql(@Id long id, int version) {}");
    /** Its rows are named {@code pChoiceCheckSql}, like the field of its link's choice check. */
    private static final Source P_CHOICE_CHECK_SQL = model("PChoiceCheckSql", """
            public record PChoiceCheckSql(
                    @Id long id,
                    @OneToOneField(to = P.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "id > 0") long p) {}""");

    private static final Source OWNER = model("Owner", "public record Owner(@Id long id, java.lang.String name) {}");
    private static final Source PET = model("Pet", """
            public record Pet(
                    @Id long id,
                    @OneToOneField(to = Owner.class, onDelete = OnDelete.CASCADE) long owner) {}""");
    /**
     * Its member types and constants are members of the DAO that implements it, where they hide the
     * types of those names; its default methods are the DAO's methods.
     */
    private static final Source OWNER_FINDERS = Source.model(PACKAGE + ".OwnerFinders", """
            @Finders(Owner.class)
            public interface OwnerFinders {
                @Where("name = :name")
                java.util.Optional<Owner> named(java.lang.String name);

                /** Hides java.util.Optional, which findById returns. */
                interface Optional {}

                /** Hides the runtime's Sql, the type of the DAO's statements. */
                enum Sql { SELECT }

                /** Hides the model Pet, which the reverse accessor returns. */
                record Pet(int legs) {}

                /** Hides the runtime's Queries, whose RowMapper reads rows. */
                class Queries {}

                /** Hides java.util.Objects, whose requireNonNull checks the arguments. */
                int Objects = 0;

                /** Named like the DAO's reader of Owner rows. */
                default Owner readOwner(java.sql.ResultSet rs) {
                    return new Owner(0, "none");
                }

                /** Named like the DAO's binder of columns. */
                default void bindColumns(java.sql.PreparedStatement ps, Owner owner, int first) {}
            }
            """);

    private static final Source VISIT = model("Visit", """
            public record Visit(@Id long id, java.lang.String place, Kind kind, java.time.LocalDate day) {
                public enum Kind { HOME, AWAY }
            }""");
    /** Its parameters are named like the types whose static methods the DAO's finders call. */
    private static final Source VISIT_FINDERS = Source.model(PACKAGE + ".VisitFinders", """
            @Finders(Visit.class)
            public interface VisitFinders {
                @Where("place = :Queries and kind = 'HOME' and place in :Objects and day = :Jdbc and id > :Visit")
                java.util.List<Visit> at(java.lang.String Queries, java.util.Collection<java.lang.String> Objects,
                        java.time.LocalDate Jdbc, long Visit);

                @Where("place like :Jdbc and day = '2024-05-01'")
                long countLike(java.lang.String Jdbc);
            }
            """);

    /**
     * Its rows are held in variables named {@code dev}, the first part of the runtime's package, which
     * the DAO writes out as {@code dev.relata.internal.Jdbc} because the model {@link #JDBC} takes the
     * simple name.
     */
    private static final Source DEV = model("Dev", """
            public record Dev(
                    @Id long id,
                    java.lang.String name,
                    @OneToOneField(to = Java.class, onDelete = OnDelete.CASCADE) long java) {}""");
    /** Its rows are named {@code java}, where the model {@link #LIST} makes the DAO write {@code java.util.List}. */
    private static final Source JAVA = model("Java", "public record Java(@Id long id, java.lang.String name) {}");
    private static final Source JDBC = model("Jdbc", "public record Jdbc(@Id long id, java.lang.String name) {}");
    /** Its parameters are named like the first parts of packages the DAO names types of. */
    private static final Source DEV_FINDERS = Source.model(PACKAGE + ".DevFinders", """
            @Finders(Dev.class)
            public interface DevFinders {
                @Where("name = :dev")
                java.util.List<Dev> named(java.lang.String dev);

                @Where("name in :java and java > :org")
                long countIn(java.util.Collection<java.lang.String> java, long org);
            }
            """);
    /** A model named like the binder's lambda parameter, whose enum constants a choice check binds. */
    private static final Source PS = model("ps", """
            public record ps(@Id long id, Kind kind) {
                public enum Kind { A, B }
            }""");
    private static final Source HOLDER = model("Holder", """
            public record Holder(
                    @Id long id,
                    @OneToOneField(to = ps.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "kind = 'A'") long p) {}""");
    private static final Source HOLDER_FINDERS = Source.model(PACKAGE + ".HolderFinders", """
            @Finders(Holder.class)
            public interface HolderFinders {
                @Where("p.kind = 'A'")
                java.util.List<Holder> ofA();
            }
            """);

    /** Components named with letters beyond ASCII and with a dollar sign, as Java allows. */
    private static final Source CAFE = model("Cafe", """
            public record Cafe(
                    @Id long id,
                    @Column(name = "naive") java.lang.String naïve,
                    @Column(name = "rank") int $rank) {}""");
    private static final Source SEAT = model("Seat", """
            public record Seat(
                    @Id long id,
                    @OneToOneField(to = Cafe.class, onDelete = OnDelete.CASCADE,
                            limitChoicesTo = "$rank >= 2 and naïve <> 'no'") long café) {}""");
    private static final Source CAFE_FINDERS = Source.model(PACKAGE + ".CafeFinders", """
            @Finders(Cafe.class)
            public interface CafeFinders {
                @Where("naïve = :naïve and $rank > :$min")
                @OrderBy("$rank DESC, naïve")
                java.util.List<Cafe> named(java.lang.String naïve, int $min);

                @Where("seat.café.$rank = :größe")
                long countSeated(int größe);
            }
            """);

    private static final Source[] ALL = {P, GRAND_PARENT, PARENT, FOUND, KEYS, FIRST, STRING, CONNECTION, STATEMENT, LIST,
            OPTIONAL, MAP, UPDATE_SQL, P_CHOICE_CHECK_SQL};

    @Test
    void everyDaoCompilesWithoutWarnings() {
        Compilations.Compiled compilation = compileStrictly(ALL);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedTypes()).containsAtLeast("names.PDao", "names.ParentDao", "names.FoundDao",
                "names.KeysDao", "names.FirstDao", "names.StringDao", "names.ConnectionDao", "names.StatementDao",
                "names.ListDao", "names.OptionalDao", "names.MapDao", "names.RelataSchema");
    }

    @Test
    void everyDaoRunsOnH2() {
        GeneratedClasses classes = new GeneratedClasses(compileStrictly(ALL).compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("names.RelataSchema", "create", db);

        Object ps = classes.create("names.PDao", db);
        Object p = call(ps, "insert", classes.create("names.P", 0L));
        assertThat(call(ps, "insertAll", List.of(classes.create("names.P", 0L), classes.create("names.P", 0L))))
                .isInstanceOf(List.class);
        assertThat(call(ps, "count")).isEqualTo(3L);

        Object parents = classes.create("names.ParentDao", db);
        Object parent = call(parents, "insert",
                classes.create("names.Parent", classes.create("names.GrandParent", 0L, "grand"), "r"));
        Object parentKey = call(call(parent, "grandParent"), "id");
        assertThat(call(parents, "findById", parentKey)).isEqualTo(Optional.of(parent));
        assertThat(call(parents, "insertAll",
                List.of(classes.create("names.Parent", classes.create("names.GrandParent", 0L, "g2"), "r2"))))
                .isInstanceOf(List.class);

        Object founds = classes.create("names.FoundDao", db);
        Object found = call(founds, "insert", classes.create("names.Found", 0L, "f"));
        call(founds, "update", classes.create("names.Found", call(found, "id"), "g"));
        Object keysDao = classes.create("names.KeysDao", db);
        Object keys = call(keysDao, "insert", classes.create("names.Keys", 0L, call(found, "id"), "row"));
        assertThat(call(keysDao, "found", keys)).isEqualTo(classes.create("names.Found", call(found, "id"), "g"));
        assertThat(call(founds, "keys", found)).isEqualTo(Optional.of(keys));
        assertThat(call(founds, "keysFor", List.of(found))).isEqualTo(Map.of(call(found, "id"), keys));

        Object firsts = classes.create("names.FirstDao", db);
        Object first = call(firsts, "insert", classes.create("names.First", 0L, call(p, "id"), "first"));
        assertThat(call(firsts, "p", first)).isEqualTo(p);
        assertThat(call(firsts, "pFor", List.of(first))).isEqualTo(Map.of(call(first, "id"), p));

        Object strings = classes.create("names.StringDao", db);
        Object string = call(strings, "insert", classes.create("names.String", 0L, "s"));
        assertThat(call(strings, "findAll")).isEqualTo(List.of(string));

        Object statements = classes.create("names.StatementDao", db);
        Object statement = call(statements, "insert", classes.create("names.Statement", 0L, 1L, 2L, 3L));
        Object connections = classes.create("names.ConnectionDao", db);
        Object connection = call(connections, "insert", classes.create("names.Connection", 0L, call(statement, "id"), 4, 5));
        assertThat(call(statements, "insertWithKey", statement)).isEqualTo(Optional.of(connection));
        assertThat(call(statements, "insertWithKeyFor", List.of(statement)))
                .isEqualTo(Map.of(call(statement, "id"), connection));

        Object optionals = classes.create("names.OptionalDao", db);
        Object optional = call(optionals, "insert", classes.create("names.Optional", 0L, 6L));
        Object maps = classes.create("names.MapDao", db);
        Object map = call(maps, "insert",
                classes.create("names.Map", classes.create("names.List", 0L, call(optional, "id"), "row", 7L), 8));
        Object list = call(map, "list");
        Object lists = classes.create("names.ListDao", db);
        assertThat(call(lists, "optional", list)).isEqualTo(Optional.of(optional));
        assertThat(call(lists, "map", list)).isEqualTo(Optional.of(map));
        assertThat(call(optionals, "list", optional)).isEqualTo(Optional.of(list));

        assertThat(call(optionals, "deleteById", call(optional, "id"))).isEqualTo(true);
        assertThat(call(maps, "findAll")).isEqualTo(List.of(classes.create("names.Map",
                classes.create("names.List", call(list, "id"), null, "row", 7L), 8)));
        assertThat(call(founds, "delete", found)).isEqualTo(true);
        assertThat(call(keysDao, "count")).isEqualTo(0L);
        assertThat(call(maps, "deleteAll", call(maps, "findAll"))).isEqualTo(1);
        assertThat(call(lists, "count")).isEqualTo(0L);

        Object updates = classes.create("names.UpdateSqlDao", db);
        Object update = call(updates, "insert", classes.create("names.UpdateSql", 0L, 1));
        call(updates, "update", classes.create("names.UpdateSql", call(update, "id"), 2));
        assertThat(call(updates, "findAll")).isEqualTo(List.of(classes.create("names.UpdateSql", call(update, "id"), 2)));
        Object checked = classes.create("names.PChoiceCheckSqlDao", db);
        Object linked = call(checked, "insert", classes.create("names.PChoiceCheckSql", 0L, call(p, "id")));
        assertThat(call(checked, "p", linked)).isEqualTo(p);
    }

    @Test
    void finderParametersNamedLikeTypesObscureNone() {
        Compilations.Compiled compilation = compileStrictly(VISIT, VISIT_FINDERS);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("names.RelataSchema", "create", db);
        Object visits = classes.create("names.VisitDao", db);
        Object[] kinds = classes.load("names.Visit$Kind").getEnumConstants();
        java.time.LocalDate day = java.time.LocalDate.of(2024, 5, 1);
        Object home = call(visits, "insert", classes.create("names.Visit", 0L, "park", kinds[0], day));
        call(visits, "insert", classes.create("names.Visit", 0L, "park", kinds[1], day));
        assertThat(call(visits, "at", "park", List.of("park", "lake"), day, 0L)).isEqualTo(List.of(home));
        assertThat(call(visits, "countLike", "pa%")).isEqualTo(2L);
        assertThat(call(visits, "countLike", "lake")).isEqualTo(0L);
    }

    @Test
    void theMembersAFinderInterfaceGivesItsDaoHideNothingTheDaoUses() {
        Compilations.Compiled compilation = compileStrictly(OWNER, PET, OWNER_FINDERS);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("names.RelataSchema", "create", db);
        Object owners = classes.create("names.OwnerDao", db);
        Object owner = call(owners, "insert", classes.create("names.Owner", 0L, "ann"));
        assertThat(call(owners, "findById", call(owner, "id"))).isEqualTo(Optional.of(owner));
        assertThat(call(owners, "named", "ann")).isEqualTo(Optional.of(owner));
        Object pets = classes.create("names.PetDao", db);
        Object pet = call(pets, "insert", classes.create("names.Pet", 0L, call(owner, "id")));
        assertThat(call(owners, "pet", owner)).isEqualTo(Optional.of(pet));
        assertThat(call(owners, "readOwner", (Object) null)).isEqualTo(classes.create("names.Owner", 0L, "none"));
    }

    @Test
    void variablesNamedLikePackagesOrTypesObscureNoQualifier() {
        Compilations.Compiled compilation = compileStrictly(DEV, JAVA, JDBC, LIST, OPTIONAL, DEV_FINDERS, PS, HOLDER,
                HOLDER_FINDERS);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("names.RelataSchema", "create", db);
        Object javas = classes.create("names.JavaDao", db);
        Object java = call(javas, "insert", classes.create("names.Java", 0L, "j"));
        Object devs = classes.create("names.DevDao", db);
        Object dev = call(devs, "insert", classes.create("names.Dev", 0L, "d", call(java, "id")));
        call(devs, "update", classes.create("names.Dev", call(dev, "id"), "e", call(java, "id")));
        assertThat(call(devs, "named", "e")).isEqualTo(List.of(classes.create("names.Dev", call(dev, "id"), "e",
                call(java, "id"))));
        assertThat(call(devs, "countIn", List.of("e", "f"), 0L)).isEqualTo(1L);
        assertThat(call(javas, "dev", java)).isEqualTo(
                Optional.of(classes.create("names.Dev", call(dev, "id"), "e", call(java, "id"))));
        assertThat(call(javas, "deleteCounting", java)).isInstanceOf(dev.relata.Deletion.class);
        assertThat(call(devs, "count")).isEqualTo(0L);

        Object[] kinds = classes.load("names.ps$Kind").getEnumConstants();
        Object pss = classes.create("names.psDao", db);
        Object a = call(pss, "insert", classes.create("names.ps", 0L, kinds[0]));
        Object b = call(pss, "insert", classes.create("names.ps", 0L, kinds[1]));
        Object holders = classes.create("names.HolderDao", db);
        assertThat(call(holders, "pChoices")).isEqualTo(List.of(a));
        Object holder = call(holders, "insert", classes.create("names.Holder", 0L, call(a, "id")));
        assertThat(call(holders, "ofA")).isEqualTo(List.of(holder));
        assertThat(call(holders, "pChoices")).isEqualTo(List.of());
        assertThat(call(pss, "holder", b)).isEqualTo(Optional.empty());
    }

    @Test
    void conditionsAndOrdersNameComponentsAsJavaDoes() {
        Compilations.Compiled compilation = compileStrictly(CAFE, SEAT, CAFE_FINDERS);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("names.RelataSchema", "create", db);
        Object cafes = classes.create("names.CafeDao", db);
        Object low = call(cafes, "insert", classes.create("names.Cafe", 0L, "yes", 1));
        Object high = call(cafes, "insert", classes.create("names.Cafe", 0L, "yes", 3));
        Object no = call(cafes, "insert", classes.create("names.Cafe", 0L, "no", 5));
        assertThat(call(cafes, "named", "yes", 0)).isEqualTo(List.of(high, low));
        Object seats = classes.create("names.SeatDao", db);
        assertThat(call(seats, "caféChoices")).isEqualTo(List.of(high));
        call(seats, "insert", classes.create("names.Seat", 0L, call(high, "id")));
        assertThat(call(cafes, "countSeated", 3)).isEqualTo(1L);
        assertThat(call(cafes, "countSeated", 5)).isEqualTo(0L);
        assertThat(no).isNotNull();
    }

    /**
     * A type of the package named like the first part of a package the DAO names a type of in full,
     * where another type takes that type's simple name: Java reads the name as the type, so no source
     * can name it there, and the model gets an error instead of a DAO that does not compile.
     */
    @Test
    void aTypeThatHidesAPackageTheDaoMustNameIsAPositionedError() {
        Source thing = model("Thing", "public record Thing(@Id long id, String name) {}");
        Source lowerJava = Source.of(PACKAGE + ".java", "package names;\n\nclass java {}\n");
        Source objects = Source.of(PACKAGE + ".Objects", "package names;\n\nclass Objects {}\n");

        Compilations.Compiled compilation = compileStrictly(thing, lowerJava, objects);

        Compilations.assertThat(compilation).hadErrorContaining("[relata:name-obscured] The generated ThingDao must name"
                + " java.util.Objects in full, as its simple name means something else there, but `java` there is a type"
                + " or member of yours").inFile(thing.file()).onLine(thing.line("public record Thing"));
        Compilations.assertThat(compilation).hadErrorCount(1);
    }

    /** The same with a finder interface's constant and member type, which the DAO inherits. */
    @Test
    void aFinderConstantThatHidesAPackageTheDaoMustNameIsAPositionedError() {
        Source owner = model("Owner", "public record Owner(@Id long id, java.lang.String name) {}");
        Source finders = Source.model(PACKAGE + ".OwnerFinders", """
                @Finders(Owner.class)
                public interface OwnerFinders {
                    @Where("name = :name")
                    java.util.List<Owner> named(java.lang.String name);

                    int dev = 0;

                    interface Jdbc {}
                }
                """);

        Compilations.Compiled compilation = compileStrictly(owner, finders);

        Compilations.assertThat(compilation).hadErrorContaining("[relata:name-obscured] The generated OwnerDao must name"
                + " dev.relata.internal.Jdbc in full").inFile(owner.file()).onLine(owner.line("public record Owner"));
        Compilations.assertThat(compilation).hadErrorCount(1);
    }

    /** The same with an imported type named in lower case, an enum of another package used as a column. */
    @Test
    void anImportedTypeThatHidesAPackageTheDaoMustNameIsAPositionedError() {
        Source level = Source.of("other.dev", "package other;\n\npublic enum dev { LOW, HIGH }\n");
        Source thing = model("Thing", "public record Thing(@Id long id, other.dev level) {}");

        Compilations.Compiled compilation = compileStrictly(level, thing, JDBC);

        Compilations.assertThat(compilation).hadErrorContaining("[relata:name-obscured] The generated ThingDao must name"
                + " dev.relata.internal.Jdbc in full").inFile(thing.file()).onLine(thing.line("public record Thing"));
        Compilations.assertThat(compilation).hadErrorCount(1);
    }
}
