package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static dev.relata.processor.Compilations.compileStrictly;

import dev.relata.Database;
import dev.relata.RelataException;
import dev.relata.processor.Compilations.Compiled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Models large enough that the builders' calls in the generated code ({@code SchemaCheck},
 * {@code Constraints}, {@code DeletePlan}) would be chains of hundreds or thousands of calls, each
 * nesting the one before it, which javac checks recursively: they must compile (no stack overflow
 * in javac, no method past 64 KiB of code) and work.
 */
class LargeModelsTest {
    private static final int WIDE_MODELS = 100;
    private static final int WIDE_COLUMNS = 20;
    private static final int LINKS_PER_FAN = 100;

    /**
     * One package: a hub; a hundred wide models of twenty columns, each with a foreign key to the hub;
     * and two models of a hundred links each to the hub. The schema check makes 2,807 calls, more than
     * the processor puts in one method; the hub DAO's constraints and delete plan more than two hundred
     * each.
     */
    private static List<Source> models() {
        List<Source> sources = new ArrayList<>();
        sources.add(Source.model("big.Hub", "@Model public record Hub(@Id long id, String name) {}"));
        for (int i = 1; i <= WIDE_MODELS; i++) {
            StringBuilder body = new StringBuilder("@Model public record Wide" + i + "(@Id long id,"
                    + " @ForeignKey(to = Hub.class, onDelete = OnDelete.CASCADE) long hub");
            for (int c = 1; c <= WIDE_COLUMNS; c++) {
                body.append(", String c").append(c);
            }
            sources.add(Source.model("big.Wide" + i, body.append(") {}").toString()));
        }
        for (String fan : List.of("FanA", "FanB")) {
            sources.add(fan("big." + fan, l -> fan.toLowerCase(Locale.ROOT) + l));
        }
        return sources;
    }

    @Test
    void longBuilderChainsCompileWithoutWarningsAndRunOnH2() {
        Compiled compiled = compileStrictly(models().toArray(Source[]::new));
        Compilations.assertThat(compiled).succeededWithoutWarnings();

        // The long chains are cut: into statements, and the constraints into a method of their own.
        String schema = generated(compiled, "big.RelataSchema");
        assertThat(schema).contains("SchemaCheck check = SchemaCheck.of(\"big\");");
        assertThat(schema).contains("expectTables1(check);\n        expectTables2(check);\n        check.validate(db);");
        String hubDao = generated(compiled, "big.HubDao");
        assertThat(hubDao).contains("private static final Constraints CONSTRAINTS = constraints();");
        assertThat(hubDao).contains("DeletePlan.Builder deletePlanBuilder = DeletePlan.builder(");
        // A small model's DAO keeps the single expressions.
        String wideDao = generated(compiled, "big.Wide1Dao");
        assertThat(wideDao).contains("private static final Constraints CONSTRAINTS = Constraints.builder()");
        assertThat(wideDao).contains("this.deletePlan = DeletePlan.builder(");

        GeneratedClasses classes = new GeneratedClasses(compiled.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("big.RelataSchema", "create", db);
        classes.callStatic("big.RelataSchema", "validate", db);

        Object hubs = classes.create("big.HubDao", db);
        Object hub = GeneratedClasses.call(hubs, "insert", classes.create("big.Hub", 0L, "hub"));
        long hubId = (long) GeneratedClasses.call(hub, "id");
        Object fans = classes.create("big.FanADao", db);
        GeneratedClasses.call(fans, "insert", classes.create("big.FanA", fanValues(hubId)));
        Object[] wideValues = new Object[WIDE_COLUMNS + 2];
        wideValues[0] = 0L;
        wideValues[1] = hubId;
        for (int c = 2; c < wideValues.length; c++) {
            wideValues[c] = "v" + c;
        }
        Object wides = classes.create("big.Wide100Dao", db);
        Object wide = GeneratedClasses.call(wides, "insert", classes.create("big.Wide100", wideValues));
        assertThat(GeneratedClasses.call(wides, "findById", GeneratedClasses.call(wide, "id")))
                .isEqualTo(Optional.of(wide));

        // The delete plan built by statements cascades through every link.
        assertThat(GeneratedClasses.call(hubs, "deleteById", hubId)).isEqualTo(true);
        assertThat(GeneratedClasses.call(fans, "count")).isEqualTo(0L);
        assertThat(GeneratedClasses.call(wides, "count")).isEqualTo(0L);

        // Both parts of the schema check run: a column missing from the first table checked, and one
        // from the last, are both reported.
        db.withConnection(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE \"HUB\" DROP COLUMN \"NAME\"");
                statement.execute("ALTER TABLE \"FAN_B\" DROP COLUMN \"HUB100_ID\"");
            }
            return null;
        });
        RelataException invalid = assertThrows(RelataException.class,
                () -> classes.callStatic("big.RelataSchema", "validate", db));
        assertThat(invalid).hasMessageThat().contains("column `hub.name` is missing");
        assertThat(invalid).hasMessageThat().contains("column `fan_b.hub100_id` is missing");
    }

    /**
     * A hub that 2,300 links reach (23 models of a hundred links each, with no reverse accessors):
     * its DAO's constraints and delete plan, and the package's DDL, are more than the processor puts
     * in one method (javac refused them as "code too large"), so they are built in parts.
     */
    @Test
    void aModelThatThousandsOfLinksReachCompilesAndDeletes() {
        List<Source> sources = new ArrayList<>();
        sources.add(Source.model("many.Hub", "@Model public record Hub(@Id long id, String name) {}"));
        int fans = 23;
        for (int f = 1; f <= fans; f++) {
            sources.add(fan("many.Fan" + f, l -> "+"));
        }

        Compiled compiled = compileStrictly(sources.toArray(Source[]::new));

        Compilations.assertThat(compiled).succeededWithoutWarnings();
        String hubDao = generated(compiled, "many.HubDao");
        assertThat(hubDao).contains("private static void constraints1(Constraints.Builder constraints) {");
        assertThat(hubDao).contains("private static void constraints2(Constraints.Builder constraints) {");
        assertThat(hubDao).contains("deletePlan1(deletePlanBuilder);\n        deletePlan2(deletePlanBuilder);");
        // 4,624 statements per dialect (the tables, an index and a foreign key per link): in parts too.
        String schema = generated(compiled, "many.RelataSchema");
        assertThat(schema).contains("private static final List<String> H2 = h2Ddl();");
        assertThat(schema).contains("h2Ddl1(statements);\n        h2Ddl2(statements);");

        GeneratedClasses classes = new GeneratedClasses(compiled.compilation());
        Database db = GeneratedClasses.h2();
        classes.callStatic("many.RelataSchema", "create", db);
        Object hubs = classes.create("many.HubDao", db);
        long hubId = (long) GeneratedClasses.call(GeneratedClasses.call(hubs, "insert", classes.create("many.Hub", 0L, "hub")),
                "id");
        Object lastFans = classes.create("many.Fan" + fans + "Dao", db);
        GeneratedClasses.call(lastFans, "insert", classes.create("many.Fan" + fans, fanValues(hubId)));

        assertThat(GeneratedClasses.call(hubs, "deleteById", hubId)).isEqualTo(true);
        assertThat(GeneratedClasses.call(lastFans, "count")).isEqualTo(0L);
    }

    /** A model of {@value #LINKS_PER_FAN} foreign keys to {@code Hub}, link {@code l} with the relatedName given. */
    private static Source fan(String qualifiedName, IntFunction<String> relatedName) {
        String name = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        StringBuilder body = new StringBuilder("@Model public record " + name + "(@Id long id");
        for (int l = 1; l <= LINKS_PER_FAN; l++) {
            body.append(", @ForeignKey(to = Hub.class, onDelete = OnDelete.CASCADE, relatedName = \"")
                    .append(relatedName.apply(l)).append("\") long hub").append(l);
        }
        return Source.model(qualifiedName, body.append(") {}").toString());
    }

    /** A new fan's values: key 0 (generated), every link to the hub. */
    private static Object[] fanValues(long hubId) {
        Object[] values = new Object[LINKS_PER_FAN + 1];
        values[0] = 0L;
        for (int l = 1; l <= LINKS_PER_FAN; l++) {
            values[l] = hubId;
        }
        return values;
    }

    private static String generated(Compiled compiled, String type) {
        JavaFileObject file = compiled.compilation().generatedSourceFile(type)
                .orElseThrow(() -> new AssertionError("no generated " + type + " among " + compiled.generatedTypes()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
