package dev.relata.processor.writing.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.model.Accessors;
import dev.relata.processor.model.Accessors.Accessor;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Finder;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.ModelGraph.Edge;
import dev.relata.processor.sql.ConstraintNames;
import dev.relata.processor.sql.Dml;
import dev.relata.processor.writing.Chains;
import dev.relata.processor.writing.Types;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.FieldSpec;
import dev.relata.processor.writing.code.MethodSpec;
import dev.relata.processor.writing.code.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Model>Dao}: CRUD, deletes, forward, reverse and batch accessors,
 * {@code limitChoicesTo} checks, {@code @Finders} implementations and the public row mapper, over
 * plain JDBC, each kind of member by a writer of its own, in a fixed order.
 */
public final class DaoWriter {
    private final ModelGraph graph;
    private final Dml dml;
    /** The names no field, parameter or local of a DAO takes: see {@link #qualifierNames}. */
    private final Set<String> qualifierNames;

    public DaoWriter(ModelGraph graph) {
        this.graph = graph;
        this.dml = new Dml(graph);
        this.qualifierNames = qualifierNames(graph);
    }

    /**
     * The names that start a qualifier the generated code writes in an expression ({@code Jdbc.setText},
     * {@code java.util.List.of}, {@code Visit.Kind.HOME}): the first part of each package of the runtime's,
     * the JDK's and the models' types, and the top-level types of the models and their components. A
     * variable of one of these names would obscure the package or type where the qualifier names it, so
     * none is declared in a DAO: a model {@code Dev} holds its rows in {@code dev_}, not in {@code dev},
     * which would make {@code dev.relata.internal.Jdbc} read as a field of the row.
     */
    private static Set<String> qualifierNames(ModelGraph graph) {
        Set<String> names = new HashSet<>(List.of("java", "javax", "dev", "org"));
        for (ModelDef model : graph.models()) {
            addQualifier(names, model.type());
            for (Component component : model.components()) {
                addQualifier(names, component.type());
            }
        }
        return Set.copyOf(names);
    }

    private static void addQualifier(Set<String> names, TypeName type) {
        if (type.withoutAnnotations() instanceof ClassName className) {
            ClassName top = className.topLevelClassName();
            names.add(top.simpleName());
            if (!top.packageName().isEmpty()) {
                String packageName = top.packageName();
                int dot = packageName.indexOf('.');
                names.add(dot < 0 ? packageName : packageName.substring(0, dot));
            }
        }
    }

    /** The DAO of the model, implementing its {@code @Finders} interfaces (checked, without errors). */
    public TypeSpec write(ModelDef model, List<Finder> finders) {
        DaoClass dao = new DaoClass(graph, dml, model, finders, qualifierNames);
        List<CodeBlock> constraintCalls = constraints(model);
        MethodSpec constraintsMethod = Chains.fits(constraintCalls) ? null : constraintsMethod(dao, constraintCalls);
        dao.type.addJavadoc(classJavadoc(dao))
                .addField(FieldSpec.builder(Types.CONSTRAINTS, dao.constraints, Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The constraints this DAO's statements can violate, each on its table, for typed exceptions.\n")
                        .initializer(constraintsMethod == null ? constraintsChain(constraintCalls)
                                : CodeBlock.of("$N()", constraintsMethod))
                        .build())
                .addField(FieldSpec.builder(Types.ACCESS, dao.db, Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(Types.DIALECT, dao.dialect, Modifier.PRIVATE, Modifier.FINAL).build());
        CrudMethods crud = new CrudMethods(dao);
        crud.writeFields();
        crud.writeInsert();
        crud.writeFind();
        crud.writeUpdate();
        new DeleteMethods(dao).write();
        AccessorMethods accessors = new AccessorMethods(dao);
        ChoiceMethods choices = new ChoiceMethods(dao);
        for (Accessor accessor : Accessors.accessors(graph, model)) {
            switch (accessor.kind()) {
                case FORWARD -> accessors.writeForward(accessor);
                case FORWARD_BATCH -> accessors.writeForwardBatch(accessor);
                case CHOICES -> choices.writeChoices(accessor);
                case REVERSE -> accessors.writeReverse(accessor);
                case REVERSE_BATCH -> accessors.writeReverseBatch(accessor);
            }
        }
        FinderMethods finderMethods = new FinderMethods(dao);
        finders.forEach(finderMethods::write);
        finderMethods.writeRowAccess();
        choices.writeChoiceChecks();
        crud.writeBinders();
        if (constraintsMethod != null) {
            dao.methods.add(constraintsMethod);
        }
        return dao.build();
    }

    private CodeBlock classJavadoc(DaoClass dao) {
        ModelDef model = dao.model;
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Reads and writes {@link $T} rows in the table {@code $L}, over plain JDBC.\n", model.type(), model.table())
                .add("\n<p>Every method joins the transaction the current thread has open on the {@link $T}, or runs in one\n",
                        Types.DATABASE)
                .add("of its own. Constraint failures become typed exceptions: {@link $T} for a link to an\n",
                        Types.ONE_TO_ONE_CONFLICT)
                .add("already linked target, {@link $T} and {@link $T} for refused deletes.\n", Types.PROTECTED,
                        Types.RESTRICTED);
        if (dao.hasChoices) {
            doc.add("A link to a target that its {@code limitChoicesTo} excludes is refused with {@link $T}.\n",
                    Types.CHOICE_NOT_ALLOWED);
        }
        graph.parent(model).ifPresent(parent -> doc.add(
                "\n<p>{@code $L} inherits from {@link $T} (multi-table inheritance): its rows are joined with their\n"
                        + "parent rows, written with them, and deleted with them.\n", model.name(), parent.type()));
        return doc.build();
    }

    /**
     * The calls on a {@code Constraints.Builder} that make the catalogue of the constraints the DAO's
     * statements can violate: its links' and every
     * delete's, each with the table it is on, by which the runtime tells a shard's suffix on its
     * name from another constraint's name.
     */
    private List<CodeBlock> constraints(ModelDef model) {
        List<CodeBlock> code = new ArrayList<>();
        for (Component link : model.links()) {
            String target = graph.target(link).map(ModelDef::name).orElse(link.link().target().simpleName());
            if (link.link().many()) {
                continue; // many rows may link to one target: no UNIQUE of the link's own
            }
            if (model.ownKey().filter(k -> k == link).isPresent()) {
                code.add(CodeBlock.of(".primaryKeyLink($S, $S, $S, $S)", model.table(), model.name(),
                        link.link().relation(), target));
            } else {
                code.add(CodeBlock.of(".unique($S, $S, $S, $S, $S)", model.table(),
                        ConstraintNames.unique(model.table(), link.column()), model.name(), link.link().relation(), target));
            }
        }
        for (Component column : model.ownColumns()) {
            if (column.unique() && (!column.isLink() || column.link().many())) {
                code.add(CodeBlock.of(".uniqueColumn($S, $S, $S, $S, $S)", model.table(),
                        ConstraintNames.unique(model.table(), column.column()), model.name(), column.name(),
                        column.column()));
            }
        }
        // Each edge once, known by its source and component: an edge's own equality would compare
        // both models whole, every component of each.
        List<Edge> edges = new ArrayList<>(graph.outgoing(model));
        edges.addAll(graph.deleteClosure(model));
        Set<String> seen = new HashSet<>();
        for (Edge edge : edges) {
            if (!seen.add(edge.source().qualifiedName() + '#' + edge.component().name())) {
                continue;
            }
            code.add(CodeBlock.of(".foreignKey($S, $S, $S, $S, $S, $T.$L)", edge.source().table(),
                    ConstraintNames.foreignKey(edge.source().table(), dml.linkColumn(edge)), edge.source().name(),
                    edge.relation(), edge.target().name(), Types.ON_DELETE, edge.onDelete()));
        }
        return code;
    }

    /** The catalogue as one expression: {@code Constraints.builder()}, the calls, {@code .build()}. */
    private static CodeBlock constraintsChain(List<CodeBlock> calls) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", Types.CONSTRAINTS).indent();
        for (CodeBlock call : calls) {
            code.add("\n$L", call);
        }
        return code.add("\n.build()").unindent().build();
    }

    /**
     * The catalogue made by a method of its own, for a model that very many links reach: too many
     * calls for one expression ({@link Chains}); past a few thousand, in parts of their own too.
     */
    private static MethodSpec constraintsMethod(DaoClass dao, List<CodeBlock> calls) {
        String builder = "constraints";
        TypeName builderType = Types.CONSTRAINTS.nestedClass("Builder");
        String name = dao.member("constraints");
        List<MethodSpec> parts = new ArrayList<>();
        MethodSpec method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Types.CONSTRAINTS)
                .addJavadoc("The constraints of {@link #$L}: too many for one expression.\n", dao.constraints)
                .addStatement("$T $L = $T.builder()", builderType, builder, Types.CONSTRAINTS)
                .addCode(Chains.statements(builder, builderType, List.of(calls), n -> dao.member(name + n),
                        "Part $L of {@link #" + name + "}: too many constraints for one method.\n", parts))
                .addStatement("return $L.build()", builder)
                .build();
        dao.methods.addAll(parts);
        return method;
    }
}
