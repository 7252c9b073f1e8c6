package dev.relata.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.relata.processor.condition.Condition;
import dev.relata.processor.condition.ConditionParser;
import dev.relata.processor.model.Accessors;
import dev.relata.processor.model.Accessors.Accessor;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.ModelGraph.Edge;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.sql.ConstraintNames;
import dev.relata.processor.sql.Literals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/** Writes {@code <Model>Dao}: CRUD, forward, reverse and batch accessors, over plain JDBC. */
public final class DaoWriter {
    private final ModelGraph graph;
    private final Selects selects;

    public DaoWriter(ModelGraph graph) {
        this.graph = graph;
        this.selects = new Selects(graph);
    }

    /** The state of writing one DAO. */
    private final class Dao {
        final ModelDef model;
        final ClassName name;
        final String var;
        final Component key;
        final TypeName keyType;
        final TypeName boxedKey;
        final boolean child;
        final boolean generatedKey;
        final TypeSpec.Builder type;
        final MethodSpec.Builder constructor;
        final Map<String, String> readers = new LinkedHashMap<>();
        final List<MethodSpec> methods = new ArrayList<>();
        final List<MethodSpec> readerMethods = new ArrayList<>();

        Dao(ModelDef model) {
            this.model = model;
            this.name = model.dao();
            this.var = variable(model);
            this.key = graph.key(model);
            this.keyType = key.type();
            this.boxedKey = keyType.box();
            this.child = model.parent().isPresent();
            this.generatedKey = !child && key.sqlType().isGeneratedKey() && !key.isLink();
            this.type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
            this.constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                    .addJavadoc("A DAO for {@link $T} rows on the database.\n", model.type())
                    .addParameter(Types.DATABASE, "db")
                    .addStatement("this.db = $T.requireNonNull(db, $S)", Objects.class, "db")
                    .addStatement("this.dialect = db.dialect()");
        }

        /** Adds a rendered statement field, initialised in the constructor from its template. */
        void sql(String field, String template, String what) {
            type.addField(FieldSpec.builder(String.class, field, Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("$L\n", what).build());
            constructor.addStatement("this.$L = db.sql($S)", field, template);
        }

        /** The name of a method reading a row of the model, written on first use. */
        String reader(ModelDef of) {
            return readers.computeIfAbsent(of.qualifiedName(), n -> {
                String method = "read" + String.join("", of.type().simpleNames());
                while (readers.containsValue(method)) {
                    method = method + "_";
                }
                readerMethods.add(MethodSpec.methodBuilder(method)
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Reads a {@link $T} from the current row of a result that selects\n{@code $L}.\n",
                                of.type(), selects.of(of).columns().replace("{", "").replace("}", ""))
                        .returns(of.type())
                        .addParameter(Types.RESULT_SET, "rs")
                        .addException(Types.SQL_EXCEPTION)
                        .addStatement("return $L", selects.of(of).construct())
                        .build());
                return method;
            });
        }
    }

    public TypeSpec write(ModelDef model) {
        Dao dao = new Dao(model);
        dao.type.addAnnotation(Generated.annotation())
                .addJavadoc(classJavadoc(model))
                .addField(FieldSpec.builder(Types.CONSTRAINTS, "CONSTRAINTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The constraints this DAO's statements can violate, for typed exceptions.\n")
                        .initializer(constraints(model)).build())
                .addField(FieldSpec.builder(Types.DATABASE, "db", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(Types.DIALECT, "dialect", Modifier.PRIVATE, Modifier.FINAL).build());
        if (dao.child) {
            ModelDef parent = graph.parent(model).orElseThrow();
            dao.type.addField(FieldSpec.builder(parent.dao(), "parentDao", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("Writes the parent rows: a {@link $T} is a {@link $T}.\n", model.type(), parent.type())
                    .build());
            dao.constructor.addStatement("this.parentDao = new $T(db)", parent.dao());
        }
        if (dao.generatedKey) {
            dao.type.addField(FieldSpec.builder(ArrayTypeName.of(String.class), "generatedKey", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The key column, as the driver names it for generated keys.\n").build());
            dao.constructor.addStatement("this.generatedKey = new String[] {dialect.fold($S)}", dao.key.column());
        }
        writeInsert(dao);
        writeInsertAll(dao);
        writeFind(dao);
        writeUpdate(dao);
        writeDelete(dao);
        for (Accessor accessor : Accessors.accessors(graph, model)) {
            switch (accessor.kind()) {
                case FORWARD -> writeForward(dao, accessor);
                case FORWARD_BATCH -> writeForwardBatch(dao, accessor);
                case CHOICES -> writeChoices(dao, accessor);
                case REVERSE -> writeReverse(dao, accessor);
                case REVERSE_BATCH -> writeReverseBatch(dao, accessor);
            }
        }
        writeChoiceChecks(dao);
        writeBinders(dao);
        dao.type.addMethod(dao.constructor.build());
        dao.type.addMethods(dao.methods);
        dao.type.addMethods(dao.readerMethods);
        return dao.type.build();
    }

    private CodeBlock classJavadoc(ModelDef model) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Reads and writes {@link $T} rows in the table {@code $L}, over plain JDBC.\n", model.type(), model.table())
                .add("\n<p>Every method joins the transaction the current thread has open on the {@link $T}, or runs in one\n",
                        Types.DATABASE)
                .add("of its own. Constraint failures become typed exceptions: {@link $T} for a link to an\n",
                        ClassName.get("dev.relata", "OneToOneConflictException"))
                .add("already linked target, {@link $T} and {@link $T} for refused deletes.\n",
                        ClassName.get("dev.relata", "ProtectedException"), ClassName.get("dev.relata", "RestrictedException"));
        if (hasChoices(model)) {
            doc.add("A link to a target that its {@code limitChoicesTo} excludes is refused with {@link $T}.\n",
                    Types.CHOICE_NOT_ALLOWED);
        }
        graph.parent(model).ifPresent(parent -> doc.add(
                "\n<p>{@code $L} inherits from {@link $T} (multi-table inheritance): its rows are joined with their\n"
                        + "parent rows, written with them, and deleted with them.\n", model.name(), parent.type()));
        return doc.build();
    }

    private CodeBlock constraints(ModelDef model) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", Types.CONSTRAINTS).indent();
        for (Component link : model.links()) {
            String target = graph.target(link).map(ModelDef::name).orElse(link.link().target().simpleName());
            if (model.ownKey().filter(k -> k == link).isPresent()) {
                code.add("\n.primaryKeyLink($S, $S, $S, $S)", model.table(), model.name(), link.link().relation(), target);
            } else {
                code.add("\n.unique($S, $S, $S, $S)", ConstraintNames.unique(model.table(), link.column()), model.name(),
                        link.link().relation(), target);
            }
        }
        Set<Edge> edges = new java.util.LinkedHashSet<>(graph.outgoing(model));
        edges.addAll(graph.deleteClosure(model));
        for (Edge edge : edges) {
            code.add("\n.foreignKey($S, $S, $S, $S, $T.$L)", ConstraintNames.foreignKey(edge.source().table(), column(edge)),
                    edge.source().name(), edge.relation(), edge.target().name(), Types.ON_DELETE, edge.onDelete());
        }
        return code.add("\n.build()").unindent().build();
    }

    private String column(Edge edge) {
        return edge.isParentLink() ? graph.keyColumn(edge.source()) : edge.component().column();
    }

    // ---------------------------------------------------------------- insert

    private void writeInsert(Dao dao) {
        ModelDef model = dao.model;
        List<Component> columns = model.ownColumns();
        List<String> names = new ArrayList<>();
        names.add("{" + graph.keyColumn(model) + "}");
        columns.forEach(c -> names.add("{" + c.column() + "}"));
        dao.sql("insertWithKeySql", "INSERT INTO {" + model.table() + "} (" + String.join(", ", names) + ") VALUES ("
                + placeholders(names.size()) + ")", "Inserts a row with its key.");
        if (dao.generatedKey) {
            List<String> rest = names.subList(1, names.size());
            dao.sql("insertSql", rest.isEmpty()
                    ? "INSERT INTO {" + model.table() + "} {DEFAULT VALUES}"
                    : "INSERT INTO {" + model.table() + "} (" + String.join(", ", rest) + ") VALUES ("
                            + placeholders(rest.size()) + ")", "Inserts a row whose key the database generates.");
        }

        MethodSpec.Builder insert = MethodSpec.methodBuilder("insert").addModifiers(Modifier.PUBLIC)
                .returns(model.type()).addParameter(model.type(), dao.var)
                .addStatement("$T.requireNonNull($L, $S)", Objects.class, dao.var, dao.var)
                .beginControlFlow("return db.withTransaction(CONSTRAINTS, connection ->");
        if (hasChoices(model)) {
            insert.addStatement("checkChoices(connection, $T.of($L))", List.class, dao.var);
        }
        insert.addStatement("return insertRow(connection, $L)", dao.var).addCode("$<});\n");
        insert.addJavadoc(insertJavadoc(dao));
        dao.methods.add(insert.build());

        MethodSpec.Builder row = MethodSpec.methodBuilder("insertRow").addModifiers(Modifier.PRIVATE)
                .returns(model.type()).addParameter(Types.CONNECTION, "connection").addParameter(model.type(), dao.var)
                .addException(Types.SQL_EXCEPTION);
        if (dao.child) {
            Component parent = model.parent().orElseThrow();
            ModelDef parentModel = graph.parent(model).orElseThrow();
            row.addStatement("$T parent = parentDao.insert($L.$L())", parentModel.type(), dao.var, parent.name())
                    .beginControlFlow("try ($T ps = connection.prepareStatement(insertWithKeySql))", Types.PREPARED_STATEMENT)
                    .addStatement(ColumnCode.bind(dao.key.sqlType(), dao.keyType, CodeBlock.of("1"), selects.key(parentModel, "parent")))
                    .addStatement("bindColumns(ps, $L, 2)", dao.var)
                    .addStatement("ps.executeUpdate()")
                    .endControlFlow()
                    .addStatement("return $L", construct(model, dao.var, parent, CodeBlock.of("parent")));
        } else if (dao.generatedKey) {
            row.beginControlFlow("if ($L)", keyUnset(dao, CodeBlock.of("$L.$L()", dao.var, dao.key.name())))
                    .beginControlFlow("try ($T ps = connection.prepareStatement(insertSql, generatedKey))", Types.PREPARED_STATEMENT)
                    .addStatement("bindColumns(ps, $L, 1)", dao.var)
                    .addStatement("ps.executeUpdate()")
                    .beginControlFlow("try ($T keys = ps.getGeneratedKeys())", Types.RESULT_SET)
                    .addStatement("keys.next()")
                    .addStatement("return $L", construct(model, dao.var, dao.key, generatedKeyRead(dao)))
                    .endControlFlow()
                    .endControlFlow()
                    .endControlFlow();
            addGivenKeyInsert(dao, row);
        } else {
            addGivenKeyInsert(dao, row);
        }
        dao.methods.add(row.build());
    }

    private void addGivenKeyInsert(Dao dao, MethodSpec.Builder row) {
        row.beginControlFlow("try ($T ps = connection.prepareStatement(insertWithKeySql))", Types.PREPARED_STATEMENT)
                .addStatement(ColumnCode.bind(dao.key.sqlType(), dao.keyType, CodeBlock.of("1"),
                        CodeBlock.of("$L.$L()", dao.var, dao.key.name())))
                .addStatement("bindColumns(ps, $L, 2)", dao.var)
                .addStatement("ps.executeUpdate()")
                .endControlFlow()
                .addStatement("return $L", dao.var);
    }

    private CodeBlock insertJavadoc(Dao dao) {
        CodeBlock.Builder doc = CodeBlock.builder().add("Inserts the {@code $L} and returns it", dao.var);
        if (dao.generatedKey) {
            doc.add(" with its key: generated by the database when the\ngiven key is $L", dao.keyType.isPrimitive() ? "0" : "null or 0");
        } else if (dao.child) {
            doc.add(" with its key: inserts the parent row first, in the same\ntransaction, and the child row with the parent's key");
        }
        doc.add(".\n");
        if (hasChoices(dao.model)) {
            doc.add("\n<p>Refuses a target that a {@code limitChoicesTo} condition excludes with a\n{@link $T}, writing nothing.\n",
                    Types.CHOICE_NOT_ALLOWED);
        }
        return doc.add("\n@throws $T when a target is already linked through a one-to-one\n",
                ClassName.get("dev.relata", "OneToOneConflictException")).build();
    }

    private CodeBlock generatedKeyRead(Dao dao) {
        return dao.key.sqlType() == SqlType.INT ? CodeBlock.of("keys.getInt(1)")
                : CodeBlock.of("keys.getLong(1)");
    }

    private static CodeBlock keyUnset(Dao dao, CodeBlock value) {
        String zero = dao.key.sqlType() == SqlType.INT ? "0" : "0L";
        return dao.keyType.isPrimitive() ? CodeBlock.of("$L == 0", value)
                : CodeBlock.of("$L == null || $L == $L", value, value, zero);
    }

    /** {@code new M(...)} copying the record in {@code var}, with one component replaced. */
    private static CodeBlock construct(ModelDef model, String var, Component replaced, CodeBlock value) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Component component : model.components()) {
            arguments.add(component == replaced ? value : CodeBlock.of("$L.$L()", var, component.name()));
        }
        return CodeBlock.of("new $T($L)", model.type(), CodeBlock.join(arguments, ", "));
    }

    private void writeInsertAll(Dao dao) {
        ModelDef model = dao.model;
        String rows = "rows";
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), model.type());
        MethodSpec.Builder all = MethodSpec.methodBuilder("insertAll").addModifiers(Modifier.PUBLIC).returns(list)
                .addParameter(collectionOf(model), plural(dao.var))
                .addJavadoc("Inserts the rows in one transaction, in order, many rows per statement, and returns them as\n"
                        + "{@link #insert} would. When one row fails, none is written.\n")
                .addStatement("$T $L = $T.copyOf($L)", list, rows, List.class, plural(dao.var))
                .beginControlFlow("if ($L.isEmpty())", rows).addStatement("return $L", rows).endControlFlow()
                .beginControlFlow("return db.withTransaction(CONSTRAINTS, connection ->");
        if (hasChoices(model)) {
            all.addStatement("checkChoices(connection, $L)", rows);
        }
        all.addStatement("$T[] inserted = new $T[$L.size()]", model.type(), model.type(), rows);
        if (dao.child) {
            Component parent = model.parent().orElseThrow();
            ModelDef parentModel = graph.parent(model).orElseThrow();
            TypeName parents = ParameterizedTypeName.get(ClassName.get(List.class), parentModel.type());
            all.addStatement("$T parents = parentDao.insertAll($L.stream().map($T::$L).toList())", parents, rows, model.type(),
                            parent.name())
                    .addCode(batchWithKeys(CodeBlock.of("indexes($L.size())", rows),
                            ColumnCode.bind(dao.key.sqlType(), dao.keyType, CodeBlock.of("first"), selects.key(parentModel, "parents.get(i)")),
                            rows))
                    .beginControlFlow("for (int i = 0; i < inserted.length; i++)")
                    .addStatement("inserted[i] = $L", construct(model, rows + ".get(i)", parent, CodeBlock.of("parents.get(i)")))
                    .endControlFlow();
        } else if (dao.generatedKey) {
            all.addStatement("$T<Integer> generated = new $T<>()", List.class, ArrayList.class)
                    .addStatement("$T<Integer> given = new $T<>()", List.class, ArrayList.class)
                    .beginControlFlow("for (int i = 0; i < $L.size(); i++)", rows)
                    .addStatement("inserted[i] = $L.get(i)", rows)
                    .addStatement("($L ? generated : given).add(i)",
                            keyUnset(dao, CodeBlock.of("$L.get(i).$L()", rows, dao.key.name())))
                    .endControlFlow()
                    .addStatement("$T.insert(connection, dialect, insertSql, generatedKey, generated, (ps, i, first) -> bindColumns(ps, $L.get(i), first),\n(i, keys) -> inserted[i] = $L)",
                            Types.BATCH, rows, construct(model, rows + ".get(i)", dao.key,
                                    dao.key.sqlType() == SqlType.INT ? CodeBlock.of("keys.getInt(1)")
                                            : CodeBlock.of("keys.getLong(1)")))
                    .addCode(batchWithKeys(CodeBlock.of("given"), ColumnCode.bind(dao.key.sqlType(), dao.keyType, CodeBlock.of("first"),
                                    CodeBlock.of("$L.get(i).$L()", rows, dao.key.name())), rows));
        } else {
            all.addStatement("$L.toArray(inserted)", rows)
                    .addCode(batchWithKeys(CodeBlock.of("indexes($L.size())", rows), ColumnCode.bind(dao.key.sqlType(), dao.keyType,
                            CodeBlock.of("first"), CodeBlock.of("$L.get(i).$L()", rows, dao.key.name())), rows));
        }
        all.addStatement("return $T.of(inserted)", List.class).addCode("$<});\n");
        dao.methods.add(all.build());
        if (!dao.generatedKey) {
            dao.methods.add(MethodSpec.methodBuilder("indexes").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(List.class, Integer.class)).addParameter(int.class, "size")
                    .addStatement("return $T.range(0, size).boxed().toList()", IntStream.class).build());
        }
    }

    // ---------------------------------------------------------------- find, count

    private void writeFind(Dao dao) {
        ModelDef model = dao.model;
        Selects.Select select = selects.of(model);
        dao.sql("findByIdSql", select.sql() + " WHERE t0.{" + graph.keyColumn(model) + "} = ?", "Selects one row by key.");
        dao.sql("findAllSql", select.sql() + " ORDER BY t0.{" + graph.keyColumn(model) + "}", "Selects every row, by key.");
        dao.sql("countSql", "SELECT COUNT(*) FROM {" + model.table() + "}", "Counts the rows.");
        String reader = dao.reader(model);
        dao.methods.add(MethodSpec.methodBuilder("findById").addModifiers(Modifier.PUBLIC)
                .addJavadoc("The {@link $T} with this key$L, or empty when there is none.\n", model.type(),
                        dao.child ? ", joined with its parent rows" : "")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), model.type()))
                .addParameter(dao.keyType, "id")
                .addStatement("return db.read(CONSTRAINTS, connection -> $T.one(connection, findByIdSql, ps -> $L, this::$L))",
                        Types.QUERIES, ColumnCode.bind(dao.key.sqlType(), dao.keyType, CodeBlock.of("1"), CodeBlock.of("id")),
                        reader)
                .build());
        dao.methods.add(MethodSpec.methodBuilder("findAll").addModifiers(Modifier.PUBLIC)
                .addJavadoc("Every {@link $T}, ordered by key.\n", model.type())
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), model.type()))
                .addStatement("return db.read(CONSTRAINTS, connection -> $T.list(connection, findAllSql, ps -> { }, this::$L))",
                        Types.QUERIES, reader)
                .build());
        dao.methods.add(MethodSpec.methodBuilder("count").addModifiers(Modifier.PUBLIC)
                .addJavadoc("The number of {@link $T} rows.\n", model.type())
                .returns(long.class)
                .addStatement("return db.read(CONSTRAINTS, connection -> $T.count(connection, countSql))", Types.QUERIES)
                .build());
    }

    // ---------------------------------------------------------------- update

    private void writeUpdate(Dao dao) {
        ModelDef model = dao.model;
        List<Component> columns = model.ownColumns();
        String keyColumn = graph.keyColumn(model);
        MethodSpec.Builder update = MethodSpec.methodBuilder("update").addModifiers(Modifier.PUBLIC)
                .addParameter(model.type(), dao.var)
                .addJavadoc("Writes every column of the {@code $L}$L.\n\n@throws $T when there is no row with its key\n",
                        dao.var, dao.child ? " and of its parent rows, in one transaction" : "", Types.RELATA_EXCEPTION)
                .addStatement("$T.requireNonNull($L, $S)", Objects.class, dao.var, dao.var)
                .beginControlFlow("db.withTransaction(CONSTRAINTS, connection ->");
        if (hasChoices(model)) {
            update.addStatement("checkChoices(connection, $T.of($L))", List.class, dao.var);
        }
        if (dao.child) {
            update.addStatement("parentDao.update($L.$L())", dao.var, model.parent().orElseThrow().name());
        }
        CodeBlock keyValue = selects.key(model, dao.var);
        if (columns.isEmpty()) {
            dao.sql("existsSql", "SELECT 1 FROM {" + model.table() + "} WHERE {" + keyColumn + "} = ?", "Whether a row exists.");
            update.addStatement("boolean found = $T.exists(connection, existsSql, ps -> $L)", Types.QUERIES,
                    ColumnCode.bind(dao.key.sqlType(), dao.keyType, CodeBlock.of("1"), keyValue));
        } else {
            List<String> sets = columns.stream().map(c -> "{" + c.column() + "} = ?").toList();
            dao.sql("updateSql", "UPDATE {" + model.table() + "} SET " + String.join(", ", sets) + " WHERE {" + keyColumn
                    + "} = ?", "Writes every column of a row.");
            update.addCode("boolean found = $T.update(connection, updateSql, ps -> {\n$>", Types.QUERIES)
                    .addStatement("bindColumns(ps, $L, 1)", dao.var)
                    .addStatement(ColumnCode.bind(dao.key.sqlType(), dao.keyType, CodeBlock.of("$L", columns.size() + 1), keyValue))
                    .addCode("$<}) > 0;\n");
        }
        update.beginControlFlow("if (!found)")
                .addStatement("throw new $T($S + $L + $S)", Types.RELATA_EXCEPTION, "No " + model.name() + " with key ",
                        keyValue, " to update.")
                .endControlFlow()
                .addStatement("return null")
                .addCode("$<});\n");
        dao.methods.add(update.build());
    }

    // ---------------------------------------------------------------- delete

    private void writeDelete(Dao dao) {
        ModelDef model = dao.model;
        ModelDef root = graph.root(model);
        CodeBlock.Builder links = CodeBlock.builder();
        List<Edge> closure = graph.deleteClosure(model);
        for (int i = 0; i < closure.size(); i++) {
            Edge edge = closure.get(i);
            String separator = i == 0 ? "" : ",\n";
            if (edge.isParentLink()) {
                links.add("$L$T.parent($S, $S, $S, $S, $S, $S, $S)", separator, Types.DELETE_LINK, edge.source().name(),
                        edge.relation(), edge.source().table(), graph.keyColumn(edge.source()), edge.target().name(),
                        edge.target().table(), graph.keyColumn(edge.target()));
            } else {
                links.add("$Lnew $T($S, $S, $S, $S, $S, $S, $S, $T.$L)", separator, Types.DELETE_LINK, edge.source().name(),
                        edge.relation(), edge.source().table(), graph.keyColumn(edge.source()), column(edge),
                        edge.target().name(), edge.target().table(), Types.ON_DELETE, edge.onDelete());
            }
        }
        dao.type.addField(FieldSpec.builder(Types.DELETE_PLAN, "deletePlan", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Deletes $L rows with Django's {@code on_delete} rules for every link that reaches them.\n",
                        root == model ? model.name() : root.name() + " (and so " + model.name() + ")")
                .build());
        dao.constructor.addCode("this.deletePlan = $T.of(dialect, $S, $S, $T.of(", Types.DELETE_PLAN, root.table(),
                graph.keyColumn(root), List.class);
        if (closure.isEmpty()) {
            dao.constructor.addCode("));\n");
        } else {
            dao.constructor.addCode("\n$>$>$L$<$<));\n", links.build());
        }
        String rules = dao.child ? " Deletes its parent rows too, as Django's multi-table inheritance does." : "";
        dao.methods.add(MethodSpec.methodBuilder("deleteById").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addParameter(dao.keyType, "id")
                .addJavadoc("Deletes the {@link $T} with this key, applying every {@code onDelete} rule that reaches it, in one\n"
                        + "transaction.$L\n\n@return true when a row was deleted\n@throws $T when a PROTECT link refuses the delete\n"
                        + "@throws $T when a RESTRICT link refuses the delete\n", model.type(), rules,
                        ClassName.get("dev.relata", "ProtectedException"), ClassName.get("dev.relata", "RestrictedException"))
                .addStatement(dao.child
                        ? CodeBlock.of("return db.withTransaction(CONSTRAINTS, connection ->\ndeletePlan.deleteChildren(connection, $S, $S, $S, $T.of(id)) > 0)",
                                model.name(), model.table(), graph.keyColumn(model), List.class)
                        : CodeBlock.of("return db.withTransaction(CONSTRAINTS, connection -> deletePlan.delete(connection, $S, $T.of(id)) > 0)",
                                model.name(), List.class))
                .build());
        dao.methods.add(MethodSpec.methodBuilder("delete").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addParameter(model.type(), dao.var)
                .addJavadoc("Deletes the {@code $L}'s row by its key; see {@link #deleteById}.\n", dao.var)
                .addStatement("return deleteById($L)", selects.key(model, dao.var))
                .build());
        String ids = "ids";
        dao.methods.add(MethodSpec.methodBuilder("deleteAllById").addModifiers(Modifier.PUBLIC).returns(int.class)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), dao.boxedKey), ids)
                .addJavadoc("Deletes the {@link $T}s with these keys as {@link #deleteById} does, in one transaction and a few\n"
                        + "statements for all of them: when one is refused, none is deleted.\n\n@return how many rows were deleted\n"
                        + "@throws $T when a PROTECT link refuses the delete\n@throws $T when a RESTRICT link refuses the delete\n",
                        model.type(), ClassName.get("dev.relata", "ProtectedException"), ClassName.get("dev.relata", "RestrictedException"))
                .addStatement("$T<$T> keys = $T.copyOf($L)", List.class, dao.boxedKey, List.class, ids)
                .addStatement(dao.child
                        ? CodeBlock.of("return db.withTransaction(CONSTRAINTS, connection ->\ndeletePlan.deleteChildren(connection, $S, $S, $S, keys))",
                                model.name(), model.table(), graph.keyColumn(model))
                        : CodeBlock.of("return db.withTransaction(CONSTRAINTS, connection -> deletePlan.delete(connection, $S, keys))",
                                model.name()))
                .build());
        String rows = plural(dao.var);
        dao.methods.add(MethodSpec.methodBuilder("deleteAll").addModifiers(Modifier.PUBLIC).returns(int.class)
                .addParameter(collectionOf(model), rows)
                .addJavadoc("Deletes the rows by their keys; see {@link #deleteAllById}.\n")
                .addStatement("$T<$T> keys = new $T<>($L.size())", List.class, dao.boxedKey, ArrayList.class, rows)
                .beginControlFlow("for ($T row : $L)", model.type(), rows)
                .addStatement("keys.add($L)", selects.key(model, "row"))
                .endControlFlow()
                .addStatement("return deleteAllById(keys)")
                .build());
    }

    // ---------------------------------------------------------------- accessors

    private void writeForward(Dao dao, Accessor accessor) {
        Component link = accessor.declaredBy();
        ModelDef target = accessor.edge().target();
        Selects.Select select = selects.of(target);
        String field = accessor.name() + "Sql";
        dao.sql(field, select.sql() + " WHERE t0.{" + graph.keyColumn(target) + "} = ?",
                "Selects the " + target.name() + " of a " + accessor.describe() + " link.");
        Component targetKey = graph.key(target);
        CodeBlock value = linkValue(dao, accessor);
        MethodSpec.Builder method = MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .addParameter(dao.model.type(), dao.var)
                .addStatement("$T.requireNonNull($L, $S)", Objects.class, dao.var, dao.var)
                .addStatement("$T key = $L", link.type(), value);
        CodeBlock query = CodeBlock.of("db.read(CONSTRAINTS, connection -> $T.one(connection, $L, ps -> $L, this::$L))",
                Types.QUERIES, field, ColumnCode.bind(targetKey.sqlType(), link.type(), CodeBlock.of("1"), CodeBlock.of("key")),
                dao.reader(target));
        if (link.nullable()) {
            method.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), target.type()))
                    .addJavadoc("The {@link $T} this {@code $L} links to through {@code $L}, or empty when the link is null.\n",
                            target.type(), dao.var, accessor.describe())
                    .beginControlFlow("if (key == null)").addStatement("return $T.empty()", Optional.class).endControlFlow()
                    .addStatement("return $L", query);
        } else {
            method.returns(target.type())
                    .addJavadoc("The {@link $T} this {@code $L} links to through {@code $L}.\n\n@throws $T when it does not exist\n",
                            target.type(), dao.var, accessor.describe(), Types.RELATA_EXCEPTION)
                    .addStatement("return $L\n.orElseThrow(() -> new $T($S + key + $S))", query, Types.RELATA_EXCEPTION,
                            accessor.describe() + " links to the " + target.name() + " with key ", ", which does not exist.");
        }
        dao.methods.add(method.build());
    }

    private void writeForwardBatch(Dao dao, Accessor accessor) {
        ModelDef target = accessor.edge().target();
        Selects.Select select = selects.of(target);
        String field = accessor.name() + "Sql";
        dao.sql(field, select.sql() + " WHERE t0.{" + graph.keyColumn(target) + "} IN (?*)",
                "Selects the " + target.name() + "s of many " + accessor.describe() + " links.");
        String rows = plural(dao.var);
        dao.methods.add(MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Map.class), dao.boxedKey, target.type()))
                .addParameter(collectionOf(dao.model), rows)
                .addJavadoc("The {@link $T}s these rows link to through {@code $L}, keyed by each row's key, in one\n"
                        + "query per $L keys ($L on MariaDB); rows whose link is null are absent.\n", target.type(),
                        accessor.describe(), "16,384", "1,024")
                .addStatement("return db.read(CONSTRAINTS, connection -> $T.forward(connection, dialect, $L, $L,\n$L -> $L, $L -> $L, this::$L, $L -> $L))",
                        Types.QUERIES, field, rows, "row", selects.key(dao.model, "row"), "row",
                        linkValue(dao, accessor, "row"), dao.reader(target), "target", selects.key(target, "target"))
                .build());
    }

    private void writeReverse(Dao dao, Accessor accessor) {
        Edge edge = accessor.edge();
        ModelDef source = edge.source();
        Selects.Select select = selects.of(source);
        String field = accessor.name() + "Sql";
        dao.sql(field, select.sql() + " WHERE t0.{" + column(edge) + "} = ?",
                "Selects the " + source.name() + " that links here through " + accessor.describe() + ".");
        dao.methods.add(MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), source.type()))
                .addParameter(dao.model.type(), dao.var)
                .addJavadoc("The {@link $T} that links to this {@code $L} through {@code $L}, or empty when none does.\n",
                        source.type(), dao.var, edge.isParentLink() ? accessor.describe() + " (@Parent)" : accessor.describe())
                .addStatement("$T.requireNonNull($L, $S)", Objects.class, dao.var, dao.var)
                .addStatement("$T key = $L", dao.keyType, selects.key(dao.model, dao.var))
                .addStatement("return db.read(CONSTRAINTS, connection -> $T.one(connection, $L, ps -> $L, this::$L))",
                        Types.QUERIES, field, ColumnCode.bind(dao.key.sqlType(), dao.keyType, CodeBlock.of("1"), CodeBlock.of("key")),
                        dao.reader(source))
                .build());
    }

    private void writeReverseBatch(Dao dao, Accessor accessor) {
        Edge edge = accessor.edge();
        ModelDef source = edge.source();
        Selects.Select select = selects.of(source);
        String field = accessor.name() + "Sql";
        dao.sql(field, select.sql() + " WHERE t0.{" + column(edge) + "} IN (?*)",
                "Selects the " + source.name() + "s that link to many rows through " + accessor.describe() + ".");
        String rows = plural(dao.var);
        CodeBlock linkOf = edge.isParentLink() ? selects.key(source, "row")
                : CodeBlock.of("row.$L()", edge.component().name());
        TypeName linkType = edge.isParentLink() ? graph.key(source).type() : edge.component().type();
        if (linkType.isPrimitive()) {
            linkOf = CodeBlock.of("($T) $L", dao.boxedKey, linkOf);
        }
        dao.methods.add(MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Map.class), dao.boxedKey, source.type()))
                .addParameter(collectionOf(dao.model), rows)
                .addJavadoc("The {@link $T}s that link to these rows through {@code $L}, keyed by each row's key, in\n"
                        + "one query per $L keys ($L on MariaDB); rows nothing links to are absent.\n", source.type(),
                        accessor.describe(), "16,384", "1,024")
                .addStatement("$T<$T> keys = new $T<>($L.size())", List.class, dao.boxedKey, ArrayList.class, rows)
                .beginControlFlow("for ($T row : $L)", dao.model.type(), rows)
                .addStatement("keys.add($L)", selects.key(dao.model, "row"))
                .endControlFlow()
                .addStatement("return db.read(CONSTRAINTS, connection -> $T.reverse(connection, dialect, $L, keys, this::$L, row -> $L))",
                        Types.QUERIES, field, dao.reader(source), linkOf)
                .build());
    }

    private void writeChoices(Dao dao, Accessor accessor) {
        Edge edge = accessor.edge();
        ModelDef target = edge.target();
        Condition condition = parse(edge.component());
        List<CodeBlock> parameters = new ArrayList<>();
        String where = conditionSql(condition, target, parameters);
        String field = accessor.name() + "Sql";
        String targetKey = graph.keyColumn(target);
        dao.sql(field, selects.of(target).sql() + " WHERE (" + where + ") AND NOT EXISTS (SELECT 1 FROM {"
                        + edge.source().table() + "} linked WHERE linked.{" + edge.component().column() + "} = t0.{" + targetKey
                        + "}) ORDER BY t0.{" + targetKey + "}",
                "Selects the " + target.name() + "s that " + accessor.describe() + " may link to.");
        dao.methods.add(MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), target.type()))
                .addJavadoc("The {@link $T}s that {@code $L} may link to, ordered by key: those matching\n"
                        + "{@code limitChoicesTo = $S} that no {@link $T} links to yet.\n", target.type(), accessor.describe(),
                        edge.component().link().limitChoicesTo(), dao.model.type())
                .addCode("return db.read(CONSTRAINTS, connection -> $T.list(connection, $L, ps -> {\n$>$L$<}, this::$L));\n",
                        Types.QUERIES, field, bindAll(parameters), dao.reader(target))
                .build());
    }

    /** {@code checkChoices}: the {@code limitChoicesTo} of every own link, for many rows at once. */
    private void writeChoiceChecks(Dao dao) {
        if (!hasChoices(dao.model)) {
            return;
        }
        String rows = plural(dao.var);
        MethodSpec.Builder check = MethodSpec.methodBuilder("checkChoices").addModifiers(Modifier.PRIVATE)
                .addParameter(Types.CONNECTION, "connection")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), dao.model.type()), rows)
                .addException(Types.SQL_EXCEPTION)
                .addJavadoc("Refuses rows whose links' targets do not match their {@code limitChoicesTo}, locking the\n"
                        + "matching targets until the transaction ends so that they cannot change under the write.\n");
        for (Component link : dao.model.links()) {
            if (link.link().limitChoicesTo().isEmpty()) {
                continue;
            }
            ModelDef target = graph.target(link).orElseThrow();
            List<CodeBlock> parameters = new ArrayList<>();
            String where = conditionSql(parse(link), target, parameters);
            String field = link.link().relation() + "ChoiceCheckSql";
            dao.sql(field, "SELECT t0.{" + graph.keyColumn(target) + "} FROM {" + target.table() + "} t0 WHERE (" + where
                    + ") AND t0.{" + graph.keyColumn(target) + "} IN (?*) {FOR SHARE}",
                    "Selects which of some " + target.name() + "s " + dao.model.name() + "." + link.name() + " may link to.");
            String allowed = link.link().relation() + "Allowed";
            check.addStatement("$T<$T> $LKeys = new $T<>()", List.class, link.type().box(), link.link().relation(), ArrayList.class)
                    .beginControlFlow("for ($T row : $L)", dao.model.type(), rows);
            if (link.type().isPrimitive()) {
                check.addStatement("$LKeys.add(row.$L())", link.link().relation(), link.name());
            } else {
                check.beginControlFlow("if (row.$L() != null)", link.name())
                        .addStatement("$LKeys.add(row.$L())", link.link().relation(), link.name())
                        .endControlFlow();
            }
            check.endControlFlow()
                    .addCode("$T<$T> $L = $T.matching(connection, dialect, $L, ps -> {\n$>$L$<}, $L, $LKeys, rs -> $L);\n", Set.class,
                            targetKeyType(target), allowed, Types.QUERIES, field, bindAll(parameters), parameters.size(),
                            link.link().relation(), ColumnCode.read(graph.key(target).sqlType(), graph.key(target).type(), CodeBlock.of("1")))
                    .beginControlFlow("for ($T key : $LKeys)", link.type().box(), link.link().relation())
                    .beginControlFlow("if (!$L.contains(key))", allowed)
                    .addStatement("throw new $T($S, $S, $S, key)", Types.CHOICE_NOT_ALLOWED, dao.model.name(),
                            link.link().relation(), link.link().limitChoicesTo())
                    .endControlFlow()
                    .endControlFlow();
        }
        dao.methods.add(check.build());
    }

    private void writeBinders(Dao dao) {
        ModelDef model = dao.model;
        MethodSpec.Builder bind = MethodSpec.methodBuilder("bindColumns").addModifiers(Modifier.PRIVATE)
                .addJavadoc("Binds the columns of the {@code $L}'s own table but its key, from parameter {@code first} on.\n", dao.var)
                .addParameter(Types.PREPARED_STATEMENT, "ps").addParameter(model.type(), dao.var).addParameter(int.class, "first")
                .addException(Types.SQL_EXCEPTION);
        List<Component> columns = model.ownColumns();
        for (int i = 0; i < columns.size(); i++) {
            Component c = columns.get(i);
            bind.addStatement(ColumnCode.bind(c.sqlType(), c.type(), i == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", i),
                    CodeBlock.of("$L.$L()", dao.var, c.name())));
        }
        if (columns.isEmpty()) {
            bind.addComment("$L has no columns besides its key.", model.name());
        }
        dao.methods.add(bind.build());
    }

    // ---------------------------------------------------------------- helpers

    private CodeBlock linkValue(Dao dao, Accessor accessor) {
        return linkValue(dao, accessor, dao.var);
    }

    /** The link's value on a record of the DAO's model: through its parents for an inherited link. */
    private CodeBlock linkValue(Dao dao, Accessor accessor, String variable) {
        StringBuilder path = new StringBuilder(variable);
        for (ModelDef step : accessor.path()) {
            path.append('.').append(step.parent().orElseThrow().name()).append("()");
        }
        return CodeBlock.of("$L.$L()", path, accessor.declaredBy().name());
    }

    private static Condition parse(Component link) {
        try {
            return ConditionParser.parse(link.link().limitChoicesTo());
        } catch (ConditionParser.SyntaxError e) {
            throw new IllegalStateException("limitChoicesTo was validated", e);
        }
    }

    /** The condition as SQL over alias {@code t0}, adding the bound values to {@code parameters}. */
    private String conditionSql(Condition condition, ModelDef target, List<CodeBlock> parameters) {
        if (condition instanceof Condition.And and) {
            List<String> parts = new ArrayList<>();
            for (Condition operand : and.operands()) {
                parts.add(conditionSql(operand, target, parameters));
            }
            return String.join(" AND ", parts);
        }
        if (condition instanceof Condition.Or or) {
            List<String> parts = new ArrayList<>();
            for (Condition operand : or.operands()) {
                parts.add("(" + conditionSql(operand, target, parameters) + ")");
            }
            return "(" + String.join(" OR ", parts) + ")";
        }
        Condition.Comparison comparison = (Condition.Comparison) condition;
        Component component = target.component(comparison.component()).orElseThrow();
        String column = "t0.{" + component.column() + "}";
        if (comparison.literal().kind() == Condition.Literal.Kind.NULL) {
            return column + (comparison.operator().equals("=") ? " IS NULL" : " IS NOT NULL");
        }
        int index = parameters.size() + 1;
        parameters.add(ColumnCode.bind(component.sqlType(), component.type(), CodeBlock.of("$L", index),
                Literals.javaValue(component.sqlType(), component.type(), comparison.literal())));
        return column + " " + (comparison.operator().equals("!=") ? "<>" : comparison.operator()) + " ?";
    }

    private static CodeBlock bindAll(List<CodeBlock> statements) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (CodeBlock statement : statements) {
            code.add("$L;\n", statement);
        }
        return code.build();
    }

    /** {@code Batch.insert} of {@code insertWithKeySql} over the given indexes: the key, then the other columns. */
    private static CodeBlock batchWithKeys(CodeBlock indexes, CodeBlock bindKey, String rows) {
        return CodeBlock.builder()
                .add("$T.insert(connection, dialect, insertWithKeySql, null, $L, (ps, i, first) -> {\n$>", Types.BATCH, indexes)
                .addStatement(bindKey)
                .addStatement("bindColumns(ps, $L.get(i), first + 1)", rows)
                .add("$<}, null);\n")
                .build();
    }

    private TypeName targetKeyType(ModelDef target) {
        return graph.key(target).type().box();
    }

    /** {@code Collection<? extends M>}, what the batch methods take. */
    private static TypeName collectionOf(ModelDef model) {
        return ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(model.type()));
    }

    private static boolean hasChoices(ModelDef model) {
        return model.links().stream().anyMatch(l -> !l.link().limitChoicesTo().isEmpty());
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static String variable(ModelDef model) {
        String name = Names.lowerFirst(model.name());
        return SourceVersion.isKeyword(name) || name.equals("ps") || name.equals("rs")
                || name.equals("connection") || name.equals("db") || name.equals("dialect") || name.equals("key")
                || name.equals("row") || name.equals("rows") ? name + "Row" : name;
    }

    private static String plural(String variable) {
        return variable.endsWith("s") ? variable + "es" : variable + "s";
    }
}
