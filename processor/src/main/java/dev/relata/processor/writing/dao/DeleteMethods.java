package dev.relata.processor.writing.dao;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph.Edge;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.writing.Chains;
import dev.relata.processor.writing.Types;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.FieldSpec;
import dev.relata.processor.writing.code.MethodSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/** The delete plan and the delete methods that run it. */
final class DeleteMethods {
    private final DaoClass dao;
    private final ModelDef model;

    DeleteMethods(DaoClass dao) {
        this.dao = dao;
        this.model = dao.model;
    }

    void write() {
        writePlan();
        writeDeleteById();
        writeDelete();
        writeDeleteAllById();
        writeDeleteAll();
        writeDeleteCounting();
        writeDeleteAllCounting();
    }

    /**
     * The plan: every table and link a delete of the model's root can reach, as the graph's delete
     * closure gives them, with the tables referencing tables first.
     */
    private void writePlan() {
        ModelDef root = dao.graph.root(model);
        List<Edge> closure = dao.graph.deleteClosure(model);
        Map<String, ModelDef> reached = new LinkedHashMap<>();
        reached.put(root.qualifiedName(), root);
        for (Edge edge : closure) {
            reached.putIfAbsent(edge.source().qualifiedName(), edge.source());
            reached.putIfAbsent(edge.target().qualifiedName(), edge.target());
        }
        List<ModelDef> referencingFirst = new ArrayList<>(dao.graph.targetsFirst(new ArrayList<>(reached.values())));
        Collections.reverse(referencingFirst);
        List<CodeBlock> calls = new ArrayList<>();
        for (ModelDef table : referencingFirst) {
            // A UUID key is named, so that the plan reads it back as a UUID where the database stores text.
            calls.add(dao.graph.key(table).sqlType() == SqlType.UUID
                    ? CodeBlock.of(".table($S,$W$S,$W$S,$W$T.class)", table.table(), dao.graph.keyColumn(table), table.name(),
                            UUID.class)
                    : CodeBlock.of(".table($S,$W$S,$W$S)", table.table(), dao.graph.keyColumn(table), table.name()));
        }
        for (Edge edge : closure) {
            if (edge.isParentLink()) {
                calls.add(CodeBlock.of(".parent($S,$W$S,$W$S,$W$S)", edge.source().name(), edge.relation(),
                        edge.source().table(), edge.target().table()));
            } else {
                calls.add(CodeBlock.of(".link($S,$W$S,$W$S,$W$S,$W$S,$W$T.$L)", edge.source().name(), edge.relation(),
                        edge.source().table(), dao.dml.linkColumn(edge), edge.target().table(), Types.ON_DELETE,
                        edge.onDelete()));
            }
        }
        CodeBlock.Builder plan = CodeBlock.builder();
        if (Chains.fits(calls)) {
            plan.add("this.$L = $T.builder($L,$W$S)\n$>$>", dao.deletePlan, Types.DELETE_PLAN, dao.dialect, root.table());
            for (CodeBlock call : calls) {
                plan.add("$L\n", call);
            }
            plan.add(".build();\n$<$<");
        } else {
            // A plan that reaches very many tables: built by statements on a local (see Chains).
            String builder = dao.member("deletePlanBuilder");
            TypeName builderType = Types.DELETE_PLAN.nestedClass("Builder");
            List<MethodSpec> parts = new ArrayList<>();
            plan.addStatement("$T $L = $T.builder($L,$W$S)", builderType, builder, Types.DELETE_PLAN, dao.dialect,
                            root.table())
                    .add(Chains.statements(builder, builderType, List.of(calls), n -> dao.member("deletePlan" + n),
                            "Part $L of the tables and links of {@link #" + dao.deletePlan + "}: too many for one method.\n",
                            parts))
                    .addStatement("this.$L = $L.build()", dao.deletePlan, builder);
            dao.methods.addAll(parts);
        }
        dao.type.addField(FieldSpec.builder(Types.DELETE_PLAN, dao.deletePlan, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Deletes $L rows with Django's {@code on_delete} rules for every link that reaches them.\n",
                        root == model ? model.name() : root.name() + " (and so " + model.name() + ")")
                .build());
        dao.constructor.addCode(plan.build());
    }

    /**
     * {@code db.delete(deletePlan, ...)}, or {@code deleteChildren} for a child model, or their counting
     * forms, over the keys {@code keys}, in one transaction.
     */
    private CodeBlock runPlan(boolean counting, CodeBlock keys) {
        String method = (dao.child ? "deleteChildren" : "delete") + (counting ? "Counting" : "");
        return dao.child
                ? CodeBlock.of("$L.$L($L,$W$S,$W$S,$W$L)", dao.db, method, dao.deletePlan, model.name(), model.table(), keys)
                : CodeBlock.of("$L.$L($L,$W$S,$W$L)", dao.db, method, dao.deletePlan, model.name(), keys);
    }

    private void writeDeleteById() {
        DaoClass.Scope s = dao.scope();
        String id = s.of("id");
        String rules = dao.child ? " Deletes its parent rows too, as Django's multi-table inheritance does." : "";
        CodeBlock run = runPlan(false, CodeBlock.of("$T.of($L)", List.class, id));
        dao.methods.add(MethodSpec.methodBuilder("deleteById").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addParameter(dao.keyType, id)
                .addJavadoc("Deletes the {@link $T} with this key, applying every {@code onDelete} rule that reaches it, in one\n"
                        + "transaction.$L\n\n@return true when a row was deleted\n@throws $T when a PROTECT link refuses the delete\n"
                        + "@throws $T when a RESTRICT link refuses the delete\n", model.type(), rules, Types.PROTECTED,
                        Types.RESTRICTED)
                .addStatement("return $L > 0", run)
                .build());
    }

    private void writeDelete() {
        DaoClass.Scope s = dao.scope();
        String row = s.row(dao);
        dao.methods.add(MethodSpec.methodBuilder("delete").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addParameter(model.type(), row)
                .addJavadoc("Deletes the {@code $L}'s row by its key; see {@link #deleteById}.\n", row)
                .addStatement("return deleteById($L)", dao.key(model, row))
                .build());
    }

    private void writeDeleteAllById() {
        DaoClass.Scope s = dao.scope();
        String ids = s.of("ids");
        CodeBlock run = runPlan(false, CodeBlock.of("$T.copyOf($L)", List.class, ids));
        dao.methods.add(MethodSpec.methodBuilder("deleteAllById").addModifiers(Modifier.PUBLIC).returns(int.class)
                .addParameter(ParameterizedTypeName.get(Types.COLLECTION, dao.boxedKey), ids)
                .addJavadoc("Deletes the {@link $T} rows with these keys as {@link #deleteById} does, in one transaction and a few\n"
                        + "statements for all of them: when one is refused, none is deleted.\n\n@return how many rows were deleted\n"
                        + "@throws $T when a PROTECT link refuses the delete\n@throws $T when a RESTRICT link refuses the delete\n",
                        model.type(), Types.PROTECTED, Types.RESTRICTED)
                .addStatement("return $L", run)
                .build());
    }

    private void writeDeleteAll() {
        DaoClass.Scope s = dao.scope();
        String rows = s.rows(dao);
        String row = s.of("row");
        dao.methods.add(MethodSpec.methodBuilder("deleteAll").addModifiers(Modifier.PUBLIC).returns(int.class)
                .addParameter(dao.collectionOfModel(), rows)
                .addJavadoc("Deletes the rows by their keys; see {@link #deleteAllById}.\n")
                .addStatement("return deleteAllById($L)", dao.keys(rows, row))
                .build());
    }

    private void writeDeleteCounting() {
        DaoClass.Scope s = dao.scope();
        String row = s.row(dao);
        dao.methods.add(MethodSpec.methodBuilder("deleteCounting").addModifiers(Modifier.PUBLIC).returns(Types.DELETION)
                .addParameter(model.type(), row)
                .addJavadoc("Deletes the {@code $L}'s row as {@link #delete} does, and tells how many rows of each model went\n"
                        + "with it (Django's {@code delete()} result); see {@link #deleteAllCounting}.\n\n"
                        + "@throws $T when a PROTECT link refuses the delete\n@throws $T when a RESTRICT link refuses the delete\n",
                        row, Types.PROTECTED, Types.RESTRICTED)
                .addStatement("return deleteAllCounting($T.of($L))", List.class, row)
                .build());
    }

    private void writeDeleteAllCounting() {
        DaoClass.Scope s = dao.scope();
        String rows = s.rows(dao);
        String row = s.of("row");
        CodeBlock run = runPlan(true, dao.keys(rows, row));
        dao.methods.add(MethodSpec.methodBuilder("deleteAllCounting").addModifiers(Modifier.PUBLIC).returns(Types.DELETION)
                .addParameter(dao.collectionOfModel(), rows)
                .addJavadoc("Deletes the rows by their keys as {@link #deleteAll} does, and tells how many rows of each model\n"
                        + "went, the cascades and parent rows included (Django's {@code delete()} result). Every row goes\n"
                        + "by a statement of the DAO's own, none by a foreign key's cascade, so that each is counted: a\n"
                        + "few more statements than {@link #deleteAll}.\n\n"
                        + "@throws $T when a PROTECT link refuses the delete\n@throws $T when a RESTRICT link refuses the delete\n",
                        Types.PROTECTED, Types.RESTRICTED)
                .addStatement("return $L", run)
                .build());
    }
}
