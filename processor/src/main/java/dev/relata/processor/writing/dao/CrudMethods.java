package dev.relata.processor.writing.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.writing.Types;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.FieldSpec;
import dev.relata.processor.writing.code.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Insert, find, count and update, and the binder of a row's columns they share. */
final class CrudMethods {
    private final DaoClass dao;
    private final ModelDef model;

    CrudMethods(DaoClass dao) {
        this.dao = dao;
        this.model = dao.model;
    }

    void writeFields() {
        if (dao.child) {
            ModelDef parent = dao.graph.parent(model).orElseThrow();
            dao.type.addField(FieldSpec.builder(parent.dao(), dao.parentDao, Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("Writes the parent rows: the {@link $T} part of every {@link $T}.\n", parent.type(), model.type())
                    .build());
            dao.constructor.addStatement("this.$L = new $T(db)", dao.parentDao, parent.dao());
        }
        if (dao.generatesKey) {
            dao.type.addField(FieldSpec.builder(String[].class, dao.generatedKey, Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The key column, as the driver names it for generated keys.\n").build());
            dao.constructor.addStatement("this.$L = new $T[] {$L.fold($S)}", dao.generatedKey, String.class, dao.dialect,
                    dao.key.column());
        }
    }

    // ---------------------------------------------------------------- insert

    void writeInsert() {
        List<Component> withKey = new ArrayList<>(model.ownColumns().size() + 1);
        withKey.add(dao.key);
        withKey.addAll(model.ownColumns());
        String insertWithKeySql = dao.insertSql("insertWithKeySql", dao.dml.insertWithKey(model), "Inserts a row with its key.",
                withKey);
        String insertSql = dao.generatesKey
                ? dao.insertSql("insertSql", dao.dml.insertGeneratingKey(model),
                        "Inserts a row whose key the database generates.", model.ownColumns())
                : null;

        if (!dao.child) {
            writeInserts(insertWithKeySql, insertSql);
            return;
        }
        DaoClass.Scope s = dao.scope();
        String row = s.row(dao);
        String connection = s.of("connection");
        MethodSpec.Builder insert = MethodSpec.methodBuilder("insert").addModifiers(Modifier.PUBLIC)
                .returns(model.type()).addParameter(model.type(), row)
                .addStatement("$T.requireNonNull($L,$W$S)", Objects.class, row, row);
        if (dao.hasChoices) {
            insert.beginControlFlow("return $L.withTransaction($L ->", dao.db, connection)
                    .addStatement("$L($L,$W$T.of($L))", dao.checkChoices, connection, List.class, row)
                    .addStatement("return $L($L,$W$L)", dao.insertRow, connection, row).addCode("$<});\n");
        } else {
            insert.addStatement("return $L.withTransaction($L ->$W$L($L,$W$L))", dao.db, connection, dao.insertRow,
                    connection, row);
        }
        insert.addJavadoc(insertJavadoc(row));
        dao.methods.add(insert.build());

        s = dao.scope();
        row = s.row(dao);
        connection = s.of("connection");
        MethodSpec.Builder insertRow = MethodSpec.methodBuilder(dao.insertRow).addModifiers(Modifier.PRIVATE)
                .returns(model.type()).addParameter(Types.CONNECTION, connection).addParameter(model.type(), row)
                .addException(Types.SQL_EXCEPTION);
        Component parentComponent = model.parent().orElseThrow();
        ModelDef parent = dao.graph.parent(model).orElseThrow();
        String parentRow = s.of("parent");
        String ps = s.of("ps");
        insertRow.addStatement("$T $L = $L.insert($L.$L())", parent.type(), parentRow, dao.parentDao, row,
                        parentComponent.name())
                .beginControlFlow("try ($T $L = $L.prepareStatement($L.text()))", Types.PREPARED_STATEMENT, ps, connection,
                        insertWithKeySql)
                .addStatement(dao.bindStoredKey(ps, CodeBlock.of("1"), dao.key(parent, parentRow)))
                .addStatement("$L($L,$W$L,$W2)", dao.bindColumns, ps, row)
                .addStatement("$L.executeUpdate()", ps)
                .endControlFlow()
                .addStatement("return $L", construct(row, parentComponent, CodeBlock.of("$L", parentRow)));
        dao.methods.add(insertRow.build());
        writeInsertAll(insertWithKeySql);
    }

    /**
     * The inserts of a model with a table of its own: an {@code Inserts} field, made in the
     * constructor from the statements, the key's and columns' binders, the copy of a row with a
     * generated key and the choice check; {@code insert} and {@code insertAll} call it.
     */
    private void writeInserts(String insertWithKeySql, String insertSql) {
        String inserts = dao.member("inserts");
        String withGeneratedKey = dao.generatesKey ? dao.member("withGeneratedKey") : null;
        dao.type.addField(FieldSpec.builder(ParameterizedTypeName.get(Types.INSERTS, model.type()), inserts,
                        Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc(dao.generatesKey
                        ? "Inserts rows, with the keys the database generates for rows without one.\n"
                        : "Inserts rows with their keys.\n")
                .build());
        DaoClass.Scope c = dao.scope();
        String row = c.of("row");
        String ps = c.of("ps");
        String first = c.of("first");
        CodeBlock keyBinder = CodeBlock.of("($L, $L, $L) -> $L", ps, row, first,
                dao.bindStoredKey(ps, CodeBlock.of("$L", first), CodeBlock.of("$L.$L()", row, dao.key.name())));
        CodeBlock check = dao.hasChoices ? CodeBlock.of("this::$L", dao.checkChoices) : CodeBlock.of("null");
        if (dao.generatesKey) {
            dao.constructor.addStatement("this.$L = this.$L.inserts($L,$W$L,$W$L,$W$L -> $L,$W$L,$Wthis::$L,$Wthis::$L,$W$L)",
                    inserts, dao.db, insertSql, dao.generatedKey, insertWithKeySql, row,
                    keyUnset(CodeBlock.of("$L.$L()", row, dao.key.name())), keyBinder, dao.bindColumns, withGeneratedKey,
                    check);
        } else {
            dao.constructor.addStatement("this.$L = this.$L.inserts($L,$W$L,$Wthis::$L,$W$L)", inserts, dao.db,
                    insertWithKeySql, keyBinder, dao.bindColumns, check);
        }

        DaoClass.Scope s = dao.scope();
        String given = s.row(dao);
        dao.methods.add(MethodSpec.methodBuilder("insert").addModifiers(Modifier.PUBLIC)
                .returns(model.type()).addParameter(model.type(), given)
                .addJavadoc(insertJavadoc(given))
                .addStatement("$T.requireNonNull($L,$W$S)", Objects.class, given, given)
                .addStatement("return $L.insert($L)", inserts, given)
                .build());

        s = dao.scope();
        String rows = s.rows(dao);
        dao.methods.add(MethodSpec.methodBuilder("insertAll").addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Types.LIST, model.type()))
                .addParameter(dao.collectionOfModel(), rows)
                .addJavadoc(INSERT_ALL_JAVADOC)
                .addStatement("return $L.insertAll($L)", inserts, rows)
                .build());

        if (dao.generatesKey) {
            s = dao.scope();
            String inserted = s.row(dao);
            String keys = s.of("keys");
            dao.methods.add(MethodSpec.methodBuilder(withGeneratedKey).addModifiers(Modifier.PRIVATE)
                    .returns(model.type()).addParameter(model.type(), inserted).addParameter(Types.RESULT_SET, keys)
                    .addException(Types.SQL_EXCEPTION)
                    .addJavadoc("The {@code $L} with the key the database generated for it, in the current row of\n"
                            + "{@code $L}.\n", inserted, keys)
                    .addStatement("return $L", construct(inserted, dao.key, generatedKeyRead(keys)))
                    .build());
        }
    }

    private static final String INSERT_ALL_JAVADOC = "Inserts the rows in one transaction, in order, many rows per statement, "
            + "and returns them as\n{@link #insert} would. When one row fails, none is written.\n";

    private CodeBlock insertJavadoc(String row) {
        CodeBlock.Builder doc = CodeBlock.builder().add("Inserts the {@code $L} and returns it", row);
        if (dao.generatesKey) {
            doc.add(" with its key: generated by the database when the\ngiven key is $L",
                    dao.keyType.isPrimitive() ? "0" : "null or 0");
        } else if (dao.child) {
            doc.add(" with its key: inserts the parent row first, in the same\ntransaction, and the child row with the parent's key");
        }
        doc.add(".\n");
        if (dao.hasChoices) {
            doc.add("\n<p>Refuses a target that a {@code limitChoicesTo} condition excludes with a\n{@link $T}, writing nothing.\n",
                    Types.CHOICE_NOT_ALLOWED);
        }
        List<ModelDef> chain = new ArrayList<>(dao.graph.ancestors(dao.model));
        chain.add(0, dao.model);
        boolean oneToOne = false;
        boolean unique = false;
        for (ModelDef model : chain) {
            for (Component component : model.components()) {
                oneToOne |= component.isLink() && component.uniqueColumn();
                unique |= !component.isLink() && component.unique();
            }
        }
        if (oneToOne) {
            doc.add("\n@throws $T when a target is already linked through a one-to-one", Types.ONE_TO_ONE_CONFLICT);
        }
        if (unique) {
            doc.add("\n@throws $T when another row has the value of a unique column", Types.INTEGRITY);
        }
        return doc.add(oneToOne || unique ? "\n" : "").build();
    }

    private CodeBlock generatedKeyRead(String keys) {
        return dao.key.sqlType() == SqlType.INT ? CodeBlock.of("$L.getInt(1)", keys) : CodeBlock.of("$L.getLong(1)", keys);
    }

    private CodeBlock keyUnset(CodeBlock value) {
        String zero = dao.key.sqlType() == SqlType.INT ? "0" : "0L";
        return dao.keyType.isPrimitive() ? CodeBlock.of("$L == 0", value)
                : CodeBlock.of("$L == null || $L == $L", value, value, zero);
    }

    /** {@code new M(...)} copying the record {@code row}, with one component replaced. */
    private CodeBlock construct(String row, Component replaced, CodeBlock value) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Component component : model.components()) {
            arguments.add(component == replaced ? value : CodeBlock.of("$L.$L()", row, component.name()));
        }
        return CodeBlock.of("new $T($L)", model.type(), CodeBlock.join(arguments, ",$W"));
    }

    /** {@code insertAll} of a child model: the parent rows first, through the parent's DAO, then the child rows with their keys. */
    private void writeInsertAll(String insertWithKeySql) {
        DaoClass.Scope s = dao.scope();
        String given = s.rows(dao);
        String rows = s.of("rows");
        String connection = s.of("connection");
        String inserted = s.of("inserted");
        String i = s.of("i");
        TypeName list = ParameterizedTypeName.get(Types.LIST, model.type());
        MethodSpec.Builder all = MethodSpec.methodBuilder("insertAll").addModifiers(Modifier.PUBLIC).returns(list)
                .addParameter(dao.collectionOfModel(), given)
                .addJavadoc(INSERT_ALL_JAVADOC)
                .addStatement("$T $L = $T.copyOf($L)", list, rows, List.class, given)
                .beginControlFlow("if ($L.isEmpty())", rows).addStatement("return $L", rows).endControlFlow()
                .beginControlFlow("return $L.withTransaction($L ->", dao.db, connection);
        if (dao.hasChoices) {
            all.addStatement("$L($L,$W$L)", dao.checkChoices, connection, rows);
        }
        all.addStatement("$T[] $L = new $T[$L.size()]", model.type(), inserted, model.type(), rows);
        CodeBlock rowAt = CodeBlock.of("$L.get($L)", rows, i);
        Component parentComponent = model.parent().orElseThrow();
        ModelDef parent = dao.graph.parent(model).orElseThrow();
        String parents = s.of("parents");
        TypeName parentList = ParameterizedTypeName.get(Types.LIST, parent.type());
        all.addStatement("$T $L = $L.insertAll($L.stream().map($T::$L).toList())", parentList, parents, dao.parentDao, rows,
                        model.type(), parentComponent.name())
                .addCode(batchWithKeys(s, insertWithKeySql, CodeBlock.of("$T.indexes($L.size())", Types.BATCH, rows),
                        dao.key(parent, parents + ".get(" + i + ")"), rows))
                .beginControlFlow("for (int $L = 0; $L < $L.length; $L++)", i, i, inserted, i)
                .addStatement("$L[$L] = $L", inserted, i,
                        construct(rowAt.toString(), parentComponent, CodeBlock.of("$L.get($L)", parents, i)))
                .endControlFlow();
        all.addStatement("return $T.of($L)", List.class, inserted).addCode("$<});\n");
        dao.methods.add(all.build());
    }

    /** {@code Access.insert} of the insert with keys over the given indexes: the key, then the other columns. */
    private CodeBlock batchWithKeys(DaoClass.Scope s, String insertWithKeySql, CodeBlock indexes, CodeBlock keyValue,
            String rows) {
        String connection = s.of("connection");
        String ps = s.of("ps");
        String i = s.of("i");
        String first = s.of("first");
        return CodeBlock.builder()
                .add("$L.insert($L,$W$L,$Wnull,$W$L,$W($L, $L, $L) -> {\n$>", dao.db, connection, insertWithKeySql,
                        indexes, ps, i, first)
                .addStatement(dao.bindStoredKey(ps, CodeBlock.of("$L", first), keyValue))
                .addStatement("$L($L,$W$L.get($L),$W$L + 1)", dao.bindColumns, ps, rows, i, first)
                .add("$<},$Wnull);\n")
                .build();
    }

    // ---------------------------------------------------------------- find, count

    void writeFind() {
        String findByIdSql = dao.sql("findByIdSql", dao.dml.findById(model), "Selects one row by key.");
        String findAllSql = dao.sql("findAllSql", dao.dml.findAll(model), "Selects every row, by key.");
        String countSql = dao.sql("countSql", dao.dml.count(model), "Counts the rows.");
        String reader = dao.reader(model);

        DaoClass.Scope s = dao.scope();
        String id = s.of("id");
        String ps = s.of("ps");
        dao.methods.add(MethodSpec.methodBuilder("findById").addModifiers(Modifier.PUBLIC)
                .addJavadoc("The {@link $T} with this key$L, or empty when there is none.\n", model.type(),
                        dao.child ? ", joined with its parent rows" : "")
                .returns(ParameterizedTypeName.get(ClassName.get(java.util.Optional.class), model.type()))
                .addParameter(dao.keyType, id)
                .addStatement("return $L.one($L,$W$L,$W$L)", dao.db, findByIdSql,
                        dao.lookup(dao.key, dao.keyType, ps, CodeBlock.of("$L", id)), reader)
                .build());

        dao.methods.add(MethodSpec.methodBuilder("findAll").addModifiers(Modifier.PUBLIC)
                .addJavadoc("Every {@link $T}, ordered by key.\n", model.type())
                .returns(ParameterizedTypeName.get(Types.LIST, model.type()))
                .addStatement("return $L.list($L,$W$L)", dao.db, findAllSql, reader)
                .build());

        dao.methods.add(MethodSpec.methodBuilder("count").addModifiers(Modifier.PUBLIC)
                .addJavadoc("The number of {@link $T} rows.\n", model.type())
                .returns(long.class)
                .addStatement("return $L.count($L)", dao.db, countSql)
                .build());
    }

    // ---------------------------------------------------------------- update

    void writeUpdate() {
        List<Component> columns = model.ownColumns();
        // The statement field first: a method's names are taken from the class's names as they are
        // when its scope opens, so a field claimed later could be hidden by a local of the same name.
        String statement = columns.isEmpty()
                ? dao.sql("existsSql", dao.dml.exists(model), "Whether a row exists.")
                : dao.sql("updateSql", dao.dml.update(model), "Writes every column of a row.");
        DaoClass.Scope s = dao.scope();
        String row = s.row(dao);
        String connection = s.of("connection");
        String found = s.of("found");
        String ps = s.of("ps");
        MethodSpec.Builder update = MethodSpec.methodBuilder("update").addModifiers(Modifier.PUBLIC)
                .addParameter(model.type(), row)
                .addJavadoc("Writes every column of the {@code $L}$L.\n\n@throws $T when there is no row with its key\n",
                        row, dao.child ? " and of its parent rows, in one transaction" : "", Types.RELATA_EXCEPTION)
                .addStatement("$T.requireNonNull($L,$W$S)", Objects.class, row, row)
                .beginControlFlow("$L.withTransaction($L ->", dao.db, connection);
        if (dao.hasChoices) {
            update.addStatement("$L($L,$W$T.of($L))", dao.checkChoices, connection, List.class, row);
        }
        CodeBlock keyValue = dao.key(model, row);
        if (columns.isEmpty()) {
            update.addStatement("boolean $L = $T.exists($L,$W$L,$W$L -> $L)", found, Types.QUERIES, connection, statement, ps,
                    dao.bindKey(ps, CodeBlock.of("1"), keyValue));
        } else {
            update.addCode("boolean $L = $T.update($L,$W$L,$W$L -> {\n$>", found, Types.QUERIES, connection, statement, ps)
                    .addStatement("$L($L,$W$L,$W1)", dao.bindColumns, ps, row)
                    .addStatement(dao.bindKey(ps, CodeBlock.of("$L", columns.size() + 1), keyValue))
                    .addCode("$<}) > 0;\n");
        }
        update.beginControlFlow("if (!$L)", found)
                .addStatement("throw new $T($S + $L + $S)", Types.RELATA_EXCEPTION, "No " + model.name() + " with key ",
                        keyValue, " to update.")
                .endControlFlow();
        // The parent rows after the model's own, in the same transaction: a missing key is then reported
        // as this model's, not as its root's. When both fail otherwise, the child's error comes first
        // (a parent's limitChoicesTo check runs in the parent's update), and either way nothing is written.
        if (dao.child) {
            update.addStatement("$L.update($L.$L())", dao.parentDao, row, model.parent().orElseThrow().name());
        }
        update.addStatement("return null")
                .addCode("$<});\n");
        dao.methods.add(update.build());
    }

    // ---------------------------------------------------------------- binders

    void writeBinders() {
        DaoClass.Scope s = dao.scope();
        String ps = s.of("ps");
        String row = s.row(dao);
        String first = s.of("first");
        MethodSpec.Builder bind = MethodSpec.methodBuilder(dao.bindColumns).addModifiers(Modifier.PRIVATE)
                .addJavadoc("Binds the columns of the {@code $L}'s own table but its key, from parameter {@code $L} on.\n", row,
                        first)
                .addParameter(Types.PREPARED_STATEMENT, ps).addParameter(model.type(), row).addParameter(int.class, first)
                .addException(Types.SQL_EXCEPTION);
        List<Component> columns = model.ownColumns();
        for (int i = 0; i < columns.size(); i++) {
            Component c = columns.get(i);
            bind.addStatement(dao.bindStored(model, c, c.type(), ps, i == 0 ? CodeBlock.of("$L", first) : CodeBlock.of("$L + $L", first, i),
                    CodeBlock.of("$L.$L()", row, c.name())));
        }
        if (columns.isEmpty()) {
            bind.addComment("$L has no columns besides its key.", model.name());
        }
        dao.methods.add(bind.build());
    }
}
