package dev.relata.processor.writing.dao;

import com.palantir.javapoet.ParameterizedTypeName;
import dev.relata.processor.model.Accessors.Accessor;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph.Edge;
import dev.relata.processor.sql.Dml;
import dev.relata.processor.sql.Literals;
import dev.relata.processor.writing.ColumnCode;
import dev.relata.processor.writing.Types;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.MethodSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** {@code limitChoicesTo}: the choices accessor, and the check every write of a link runs. */
final class ChoiceMethods {
    private final DaoClass dao;

    ChoiceMethods(DaoClass dao) {
        this.dao = dao;
    }

    void writeChoices(Accessor accessor) {
        Edge edge = accessor.edge();
        ModelDef target = edge.target();
        Dml.ConditionSql condition = dao.dml.condition(edge.component().link().choices().orElseThrow(), target);
        String sql = dao.sql(accessor.name() + "Sql", dao.dml.choices(edge, condition),
                "Selects the " + target.name() + " rows that " + accessor.describe() + " may link to.");
        DaoClass.Scope s = dao.scope();
        String connection = s.of("connection");
        String ps = s.of("ps");
        dao.methods.add(MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Types.LIST, target.type()))
                .addJavadoc(edge.many()
                        ? CodeBlock.of("The {@link $T} rows that {@code $L} may link to, ordered by key: those matching\n"
                                + "{@code limitChoicesTo = $S}.\n", target.type(), accessor.describe(),
                                edge.component().link().limitChoicesTo())
                        : CodeBlock.of("The {@link $T} rows that {@code $L} may link to, ordered by key: those matching\n"
                                + "{@code limitChoicesTo = $S} that no {@link $T} links to yet.\n", target.type(),
                                accessor.describe(), edge.component().link().limitChoicesTo(), dao.model.type()))
                .addCode("return $L.list($L,$W$L -> {\n$>$L$<},$W$L);\n", dao.db, sql, ps, bindAll(condition, ps),
                        dao.reader(target))
                .build());
    }

    /** {@code checkChoices}: the {@code limitChoicesTo} of every own link, for many rows at once. */
    void writeChoiceChecks() {
        if (!dao.hasChoices) {
            return;
        }
        // The statement fields first: a method's names are taken from the class's names as they are
        // when its scope opens, so a field claimed later could be hidden by a local of the same name.
        Map<Component, String> statements = new IdentityHashMap<>();
        Map<Component, Dml.ConditionSql> conditions = new IdentityHashMap<>();
        for (Component link : dao.model.links()) {
            link.link().choices().ifPresent(choices -> {
                ModelDef target = dao.graph.target(link).orElseThrow();
                Dml.ConditionSql condition = dao.dml.condition(choices, target);
                conditions.put(link, condition);
                statements.put(link, dao.sql(link.link().relation() + "ChoiceCheckSql",
                        dao.dml.choiceCheck(target, condition),
                        "Selects which of some " + target.name() + " rows " + dao.model.name() + "." + link.name() + " may link to."));
            });
        }
        DaoClass.Scope s = dao.scope();
        String connection = s.of("connection");
        String rows = s.rows(dao);
        String row = s.of("row");
        String ps = s.of("ps");
        String rs = s.of("rs");
        String key = s.of("key");
        MethodSpec.Builder check = MethodSpec.methodBuilder(dao.checkChoices).addModifiers(Modifier.PRIVATE)
                .addParameter(Types.CONNECTION, connection)
                .addParameter(ParameterizedTypeName.get(Types.LIST, dao.model.type()), rows)
                .addException(Types.SQL_EXCEPTION)
                .addJavadoc("Refuses rows whose links' targets do not match their {@code limitChoicesTo}, locking the\n"
                        + "targets until the transaction ends so that they cannot change under the write. A link to a\n"
                        + "target that does not exist is left to the foreign key, which refuses it as it would without\n"
                        + "the condition.\n");
        for (Component link : dao.model.links()) {
            if (link.link().limitChoicesTo().isEmpty()) {
                continue;
            }
            ModelDef target = dao.graph.target(link).orElseThrow();
            Component targetKey = dao.graph.key(target);
            Dml.ConditionSql condition = conditions.get(link);
            String relation = link.link().relation();
            String sql = statements.get(link);
            String keys = s.of(relation + "Keys");
            String allowed = s.of(relation + "Allowed");
            check.addStatement("$T<$T> $L = new $T<>()", List.class, link.type().box(), keys, ArrayList.class)
                    .beginControlFlow("for ($T $L : $L)", dao.model.type(), row, rows);
            if (link.type().isPrimitive()) {
                check.addStatement("$L.add($L.$L())", keys, row, link.name());
            } else {
                check.beginControlFlow("if ($L.$L() != null)", row, link.name())
                        .addStatement("$L.add($L.$L())", keys, row, link.name())
                        .endControlFlow();
            }
            check.endControlFlow()
                    .addCode("$T<$T,$W$T> $L = $T.matching($L,$W$L,$W$L -> {\n$>$L$<},$W$L,$W$L -> $L);\n", Map.class,
                            targetKey.type().box(), Boolean.class, allowed, Types.QUERIES, connection, sql, ps,
                            bindAll(condition, ps), keys, rs,
                            ColumnCode.read(targetKey.sqlType(), targetKey.type(), CodeBlock.of("1"), rs, dao.dialect))
                    .beginControlFlow("for ($T $L : $L)", link.type().box(), key, keys)
                    .beginControlFlow("if ($T.FALSE.equals($L.get($L)))", Boolean.class, allowed, key)
                    .addStatement("throw new $T($S,$W$S,$W$S,$W$L)", Types.CHOICE_NOT_ALLOWED, dao.model.name(), relation,
                            link.link().limitChoicesTo(), key)
                    .endControlFlow()
                    .endControlFlow();
        }
        dao.methods.add(check.build());
    }

    /** Statements binding a condition's values, parameter 1 on, to the statement in {@code ps}. */
    private CodeBlock bindAll(Dml.ConditionSql condition, String ps) {
        CodeBlock.Builder code = CodeBlock.builder();
        List<Dml.Parameter> parameters = condition.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Component component = parameters.get(i).component();
            code.add("$L;\n", dao.bind(component, component.type(), ps, CodeBlock.of("$L", i + 1),
                    Literals.javaValue(component.sqlType(), component.type(), parameters.get(i).literal())));
        }
        return code.build();
    }
}
