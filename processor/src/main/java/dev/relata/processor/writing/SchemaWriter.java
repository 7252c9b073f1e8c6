package dev.relata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.model.Distribution;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.schema.Snapshot;
import dev.relata.processor.sql.Ddl;
import dev.relata.processor.sql.SqlDialect;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.FieldSpec;
import dev.relata.processor.writing.code.MethodSpec;
import dev.relata.processor.writing.code.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes {@code RelataSchema}: the DDL of one package's models, per dialect. */
public final class SchemaWriter {
    public static final String NAME = "RelataSchema";

    private final ModelGraph graph;
    private final Ddl ddl;
    private final Distribution distribution;

    public SchemaWriter(ModelGraph graph) {
        this.graph = graph;
        this.ddl = new Ddl(graph);
        this.distribution = new Distribution(graph);
    }

    /**
     * The DDL for Citus, when the package holds a table of Citus's (see {@link Distribution#onCitus}):
     * none otherwise, and then the generated class has no {@code citusStatements()}.
     */
    public Optional<List<String>> citusStatements(List<ModelDef> models) {
        return distribution.anyOnCitus(models) ? Optional.of(ddl.citusStatements(models, distribution))
                : Optional.empty();
    }

    /** The DDL per dialect, as the generated class holds it. */
    public List<String> statements(List<ModelDef> models, SqlDialect dialect) {
        return ddl.statements(models, dialect);
    }

    public TypeSpec write(String packageName, List<ModelDef> models) {
        TypeName strings = ParameterizedTypeName.get(List.class, String.class);
        ClassName self = ClassName.get(packageName, NAME);
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The tables of the models in {@code $L}: $L.\n\n<p>Tables in other packages that these models"
                        + " link to must exist first: create their packages' schemas before this one.\n", packageName,
                        String.join(", ", models.stream().map(m -> "{@link " + m.name() + "}").toList()));
        CodeBlock.Builder choose = CodeBlock.builder().add("return switch (dialect) {\n$>");
        for (SqlDialect dialect : SqlDialect.values()) {
            List<String> statements = ddl.statements(models, dialect);
            type.addField(FieldSpec.builder(strings, dialect.name(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(statementList(type, dialect.name().toLowerCase(Locale.ROOT), statements)).build());
            choose.add("case $L -> $L;\n", dialect.name(), dialect.name());
        }
        choose.add("$<};\n");
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(MethodSpec.methodBuilder("statements").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(strings).addParameter(Types.DIALECT, "dialect")
                .addJavadoc("The DDL for the dialect, in an order that runs: the tables, then their foreign keys.\n")
                .addCode(choose.build()).build());
        citusStatements(models).ifPresent(citus -> addCitusStatements(type, strings, models, citus));
        type.addMethod(MethodSpec.methodBuilder("create").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(Types.DATABASE, "db")
                .addJavadoc("Creates the tables on the database: in one transaction on PostgreSQL, where DDL is\n"
                        + "transactional (inside an open transaction, in that one); elsewhere (H2, MariaDB, MySQL,\n"
                        + "ShardingSphere-JDBC) statement by statement, each committed as it runs, so that a failed\n"
                        + "statement leaves those before it done. H2, MariaDB and MySQL commit the open transaction\n"
                        + "before a DDL statement: there, call it outside any transaction.\n\n"
                        + "@throws $T when a statement fails; run statement by statement, naming it; and on\n"
                        + "H2, MariaDB and MySQL when called inside a transaction, before any statement runs\n",
                        Types.RELATA_EXCEPTION)
                .addStatement("$T.create(db, statements(db.dialect()))", Types.SCHEMAS)
                .build());
        addValidate(type, packageName, models);
        return type.build();
    }

    /** At most this many statements in one {@code List.of(...)} or {@code Collections.addAll(...)}. */
    private static final int STATEMENTS_PER_CALL = 500;
    /** At most this many statements added in one method: each takes some eight bytes of its 64 KiB. */
    private static final int STATEMENTS_PER_METHOD = 4_000;

    /**
     * The statements as a field's initializer: {@code List.of(...)} while they are few; for a package
     * of very many models, a call of a method that adds them in parts ({@code <name>Ddl()}), so that
     * no method's code passes 64 KiB, as the class's static initializer would.
     */
    private static CodeBlock statementList(TypeSpec.Builder type, String name, List<String> statements) {
        if (statements.size() <= STATEMENTS_PER_CALL) {
            CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
            addAll(list, statements);
            return list.add(")").build();
        }
        TypeName strings = ParameterizedTypeName.get(List.class, String.class);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name + "Ddl").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(strings)
                .addJavadoc("The statements of {@link #$L}: too many for one expression.\n", name.toUpperCase(Locale.ROOT))
                .addStatement("$T statements = new $T<>($L)", strings, ArrayList.class, statements.size());
        List<MethodSpec> parts = new ArrayList<>();
        for (int start = 0; start < statements.size(); start += STATEMENTS_PER_METHOD) {
            List<String> share = statements.subList(start, Math.min(start + STATEMENTS_PER_METHOD, statements.size()));
            CodeBlock adds = addAllCalls(share);
            if (statements.size() <= STATEMENTS_PER_METHOD) {
                method.addCode(adds);
            } else {
                MethodSpec part = MethodSpec.methodBuilder(name + "Ddl" + (parts.size() + 1))
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(strings, "statements")
                        .addJavadoc("Part $L of {@link #$LDdl}.\n", parts.size() + 1, name)
                        .addCode(adds)
                        .build();
                parts.add(part);
                method.addStatement("$N(statements)", part);
            }
        }
        type.addMethod(method.addStatement("return $T.unmodifiableList(statements)", Collections.class).build());
        parts.forEach(type::addMethod);
        return CodeBlock.of("$N()", name + "Ddl");
    }

    /** {@code Collections.addAll(statements, ...)} per {@value #STATEMENTS_PER_CALL} statements. */
    private static CodeBlock addAllCalls(List<String> statements) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int start = 0; start < statements.size(); start += STATEMENTS_PER_CALL) {
            code.add("$T.addAll(statements,", Collections.class);
            addAll(code, statements.subList(start, Math.min(start + STATEMENTS_PER_CALL, statements.size())));
            code.add(");\n");
        }
        return code.build();
    }

    /** The statements as arguments, one per line, indented, after what {@code code} holds. */
    private static void addAll(CodeBlock.Builder code, List<String> statements) {
        for (int i = 0; i < statements.size(); i++) {
            code.add(i == 0 ? "\n$>$L" : ",\n$L", SourceFiles.literal(statements.get(i)));
        }
        if (!statements.isEmpty()) {
            code.add("$<");
        }
    }

    /**
     * {@code citusStatements()}: the package's DDL for Citus, in a field of its own beside the
     * dialects', documented with what it makes of each table.
     */
    private void addCitusStatements(TypeSpec.Builder type, TypeName strings, List<ModelDef> models, List<String> citus) {
        type.addField(FieldSpec.builder(strings, "CITUS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(statementList(type, "citus", citus)).build());
        StringBuilder tables = new StringBuilder();
        for (ModelDef model : graph.targetsFirst(models)) {
            tables.append("\n<li>{@link ").append(model.name()).append("}: ");
            Optional<ModelDef> root = distribution.root(model);
            if (root.isEmpty()) {
                tables.append("a reference table, copied to every node");
            } else if (root.get().qualifiedName().equals(model.qualifiedName())) {
                tables.append("distributed by {@code ").append(graph.keyColumn(model)).append("}, the root of its chain");
            } else {
                tables.append("distributed by {@code ").append(graph.keyColumn(model)).append("}, co-located with {@link ")
                        .append(root.get().packageName().equals(model.packageName()) ? root.get().name()
                                : root.get().type().canonicalName()).append("}");
            }
            tables.append("</li>");
        }
        type.addMethod(MethodSpec.methodBuilder("citusStatements").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(strings)
                .addJavadoc("The DDL for Citus (distributed PostgreSQL), to run on the coordinator in place of\n"
                        + "{@code statements(Dialect.POSTGRESQL)}: the tables and indexes, then Citus's\n"
                        + "{@code create_reference_table} and {@code create_distributed_table} calls, then the foreign"
                        + " keys,\nwhich Citus checks against the distribution. The tables:\n<ul>$L\n</ul>\n\n<p>Tables"
                        + " in other packages that these models link to (a chain's root, or a reference table)\nmust be"
                        + " Citus tables first: run their packages' {@code citusStatements()} before these.\n",
                        tables.toString())
                .addStatement("return CITUS").build());
    }

    /**
     * {@code validate(Database)}: the package's tables, as the models describe them, checked against
     * the database's metadata. One chained expression while there are few tables; statements on a local
     * beyond that, one or more per table, in methods of their own for a package of very many columns
     * ({@link Chains}).
     */
    private void addValidate(TypeSpec.Builder type, String packageName, List<ModelDef> models) {
        List<List<CodeBlock>> tables = new ArrayList<>();
        List<CodeBlock> calls = new ArrayList<>();
        for (ModelDef model : graph.targetsFirst(models)) {
            List<CodeBlock> table = expectedTable(Snapshot.table(graph, model));
            tables.add(table);
            calls.addAll(table);
        }
        CodeBlock check;
        List<MethodSpec> parts = new ArrayList<>();
        if (Chains.fits(calls)) {
            CodeBlock.Builder chain = CodeBlock.builder().add("$T.of($S)$>$>", Types.SCHEMA_CHECK, packageName);
            for (CodeBlock call : calls) {
                chain.add("\n$L", call);
            }
            check = chain.add("\n.validate(db);\n$<$<").build();
        } else {
            check = CodeBlock.builder()
                    .addStatement("$T check = $T.of($S)", Types.SCHEMA_CHECK, Types.SCHEMA_CHECK, packageName)
                    .add(Chains.statements("check", Types.SCHEMA_CHECK, tables, n -> "expectTables" + n,
                            "Part $L of what {@link #validate} expects: too many tables for one method.\n", parts))
                    .addStatement("check.validate(db)")
                    .build();
        }
        type.addMethod(validate(check));
        parts.forEach(type::addMethod);
    }

    /** The calls that expect the table, its columns, its UNIQUE constraints and its foreign keys. */
    private static List<CodeBlock> expectedTable(Snapshot.Table table) {
        List<CodeBlock> calls = new ArrayList<>();
        calls.add(CodeBlock.of(".table($S, $S)", table.name(), table.columns().get(0).name()));
        for (Snapshot.Column column : table.columns()) {
            calls.add(CodeBlock.of(".column($S, $S, $L, $L, $T.$L)", table.name(), column.name(), column.nullable(),
                    column.length(), Types.SCHEMA_CHECK_KIND, kind(column.type())));
        }
        for (Snapshot.Column column : table.columns()) {
            if (column.unique()) {
                calls.add(CodeBlock.of(".unique($S, $S)", table.name(), column.name()));
            }
        }
        for (Snapshot.Column column : table.columns()) {
            if (column.references() != null) {
                calls.add(CodeBlock.of(".foreignKey($S, $S, $S, $S, $T.$L)", table.name(), column.name(),
                        column.references().table(), column.references().column(), Types.ON_DELETE,
                        column.references().onDelete().name()));
            }
        }
        return calls;
    }

    /** The kind of JDBC type that {@code validate} expects of a column of the type. */
    private static String kind(SqlType type) {
        return switch (type) {
            case BYTE, SHORT, INT, LONG -> "WHOLE_NUMBER";
            case DECIMAL -> "DECIMAL";
            case FLOAT, DOUBLE -> "FLOATING_POINT";
            case BOOLEAN -> "BOOLEAN";
            case CHAR, STRING, ENUM -> "TEXT";
            case UUID -> "UUID";
            case DATE -> "DATE";
            case DATETIME, INSTANT -> "TIMESTAMP";
            case BYTES -> "BINARY";
        };
    }

    private static MethodSpec validate(CodeBlock check) {
        return MethodSpec.methodBuilder("validate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(Types.DATABASE, "db")
                .addJavadoc("Compares the live database with these models: every table, column, primary key, UNIQUE"
                        + " constraint and\nforeign key (with the delete rule its {@code onDelete} needs), read from the"
                        + " database's JDBC metadata.\nCall it at start-up, after the migrations have run, so that a"
                        + " database that was not migrated\nfails there with a clear message, not at the first query that"
                        + " trips over it.\n\n@throws $T naming every missing or different table, column, key and"
                        + " foreign key\n", Types.RELATA_EXCEPTION)
                .addCode(check)
                .build();
    }
}
