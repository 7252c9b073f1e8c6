package dev.relata.processor.sql;

import dev.relata.processor.condition.Condition;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.ModelGraph.Edge;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The text of every statement a generated DAO runs, as templates: identifiers are written
 * {@code {name}} and rendered for a dialect by {@code dev.relata.Dialect.sql}, {@code IN (?*)}
 * stands for a list of keys, {@code {FOR SHARE}} for the dialect's shared lock and
 * {@code {DEFAULT VALUES}} for a row of defaults. Values are always {@code ?} parameters.
 *
 * <p>Pure functions of the model graph: no Java code, no dialect.
 */
public final class Dml {
    /** The marker for a list of keys, expanded by the runtime. */
    public static final String KEYS = "IN (?*)";

    private final ModelGraph graph;

    public Dml(ModelGraph graph) {
        this.graph = graph;
    }

    /**
     * A select of one model's rows: its table as {@code t0}, joined with its parents' tables
     * ({@code t1}, {@code t2}, ...). {@code columns} follow the record's components in declaration
     * order, each {@code @Parent} component replaced by its parent's columns.
     */
    public record Select(String columns, String from) {
        public String sql() {
            return "SELECT " + columns + " FROM " + from;
        }

        /** The columns without template braces, as documentation shows them. */
        public String plainColumns() {
            return columns.replace("{", "").replace("}", "");
        }
    }

    /** A condition as SQL over alias {@code t0}, and the values its {@code ?} parameters take, in order. */
    public record ConditionSql(String sql, List<Parameter> parameters) {}

    /** One bound value of a condition: a literal compared with a component. */
    public record Parameter(Component component, Condition.Literal literal) {}

    public Select select(ModelDef model) {
        List<String> columns = new ArrayList<>();
        StringBuilder from = new StringBuilder("{" + model.table() + "} t0");
        collect(model, "t0", columns, from, new int[] {1});
        return new Select(String.join(", ", columns), from.toString());
    }

    private void collect(ModelDef model, String alias, List<String> columns, StringBuilder from, int[] nextAlias) {
        for (Component component : model.components()) {
            if (component.isParent()) {
                ModelDef parent = graph.parent(model).orElseThrow();
                String parentAlias = "t" + nextAlias[0]++;
                from.append(" JOIN {").append(parent.table()).append("} ").append(parentAlias).append(" ON ")
                        .append(parentAlias).append(".{").append(graph.keyColumn(parent)).append("} = ").append(alias)
                        .append(".{").append(graph.keyColumn(model)).append("}");
                collect(parent, parentAlias, columns, from, nextAlias);
            } else {
                columns.add(alias + ".{" + component.column() + "}");
            }
        }
    }

    /** Inserts a row of the model's own table with its key: the key first, then {@link ModelDef#ownColumns()}. */
    public String insertWithKey(ModelDef model) {
        List<String> names = new ArrayList<>();
        names.add("{" + graph.keyColumn(model) + "}");
        model.ownColumns().forEach(c -> names.add("{" + c.column() + "}"));
        return insert(model, names);
    }

    /** Inserts a row whose key the database generates: {@link ModelDef#ownColumns()} only. */
    public String insertGeneratingKey(ModelDef model) {
        List<String> names = model.ownColumns().stream().map(c -> "{" + c.column() + "}").toList();
        return names.isEmpty() ? "INSERT INTO {" + model.table() + "} {DEFAULT VALUES}" : insert(model, names);
    }

    private static String insert(ModelDef model, List<String> names) {
        return "INSERT INTO {" + model.table() + "} (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }

    public String findById(ModelDef model) {
        return select(model).sql() + " WHERE t0.{" + graph.keyColumn(model) + "} = ?";
    }

    /** The rows of the model with any of many keys. */
    public String findByIds(ModelDef model) {
        return select(model).sql() + " WHERE t0.{" + graph.keyColumn(model) + "} " + KEYS;
    }

    public String findAll(ModelDef model) {
        return select(model).sql() + " ORDER BY t0.{" + graph.keyColumn(model) + "}";
    }

    public String count(ModelDef model) {
        return "SELECT COUNT(*) FROM {" + model.table() + "}";
    }

    public String exists(ModelDef model) {
        return "SELECT 1 FROM {" + model.table() + "} WHERE {" + graph.keyColumn(model) + "} = ?";
    }

    /** Writes {@link ModelDef#ownColumns()} of the row with a key, bound last. */
    public String update(ModelDef model) {
        List<String> sets = model.ownColumns().stream().map(c -> "{" + c.column() + "} = ?").toList();
        return "UPDATE {" + model.table() + "} SET " + String.join(", ", sets) + " WHERE {" + graph.keyColumn(model) + "} = ?";
    }

    /** The column of the edge's source that holds the link: the key column for a parent link. */
    public String linkColumn(Edge edge) {
        return edge.isParentLink() ? graph.keyColumn(edge.source()) : edge.component().column();
    }

    /** The rows of the edge's source that link to one target. */
    public String linking(Edge edge) {
        return select(edge.source()).sql() + " WHERE t0.{" + linkColumn(edge) + "} = ?";
    }

    /** The rows of the edge's source that link to any of many targets. */
    public String linkingAny(Edge edge) {
        return select(edge.source()).sql() + " WHERE t0.{" + linkColumn(edge) + "} " + KEYS;
    }

    /** The targets a link may choose: matching its condition and not linked yet, by key. */
    public String choices(Edge edge, ConditionSql condition) {
        ModelDef target = edge.target();
        String targetKey = graph.keyColumn(target);
        return select(target).sql() + " WHERE (" + condition.sql() + ") AND NOT EXISTS (SELECT 1 FROM {"
                + edge.source().table() + "} linked WHERE linked.{" + edge.component().column() + "} = t0.{" + targetKey
                + "}) ORDER BY t0.{" + targetKey + "}";
    }

    /**
     * The keys, among many, of the targets that exist, each with whether it matches a link's
     * condition (1 or 0), locked against change.
     */
    public String choiceCheck(ModelDef target, ConditionSql condition) {
        String targetKey = graph.keyColumn(target);
        return "SELECT t0.{" + targetKey + "}, CASE WHEN (" + condition.sql() + ") THEN 1 ELSE 0 END FROM {"
                + target.table() + "} t0 WHERE t0.{" + targetKey + "} " + KEYS + " {FOR SHARE}";
    }

    /** A {@code limitChoicesTo} condition over the target's columns, as alias {@code t0}. */
    public ConditionSql condition(Condition condition, ModelDef target) {
        List<Parameter> parameters = new ArrayList<>();
        String sql = conditionSql(condition, target, parameters);
        return new ConditionSql(sql, List.copyOf(parameters));
    }

    private static String conditionSql(Condition condition, ModelDef target, List<Parameter> parameters) {
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
        parameters.add(new Parameter(component, comparison.literal()));
        return column + " " + (comparison.operator().equals("!=") ? "<>" : comparison.operator()) + " ?";
    }
}
