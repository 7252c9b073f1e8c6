package dev.relata.processor.sql;

import dev.relata.processor.condition.Condition;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Finder;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.ModelGraph.Edge;
import dev.relata.processor.model.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of every statement a generated DAO runs, as templates: identifiers are written
 * {@code {name}} and rendered for a dialect by {@code dev.relata.Dialect.sql}, {@code IN (?*)}
 * stands for a list of keys, {@code {FOR SHARE}} for the dialect's shared lock and
 * {@code {DEFAULT VALUES}} for a row of defaults, and {@code IN (??)} for a finder's list of values,
 * expanded per call by the runtime. Values are always {@code ?} parameters.
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

    /**
     * A condition's SQL over a model's rows as alias {@code t0} and its ancestors' as {@code t1},
     * {@code t2}... (as {@link #select} joins them), its parameters, and how many of the ancestors'
     * tables it needs: 0 when it reads the model's own columns only.
     */
    public record ConditionSql(String sql, List<Parameter> parameters, int depth) {}

    /** One bound value of a condition: a literal compared with a component. */
    public record Parameter(Component component, Condition.Literal literal) {}

    public Select select(ModelDef model) {
        List<String> columns = new ArrayList<>();
        StringBuilder from = new StringBuilder("{" + model.table() + "} t0");
        collect(model, "t0", columns, from, new int[] {1});
        return new Select(String.join(", ", columns), from.toString());
    }

    /**
     * The select of the statements over one model's rows and nothing else (by key, all rows, by a
     * link), and the prefix of its columns in conditions: {@link #select} for a model joined with its
     * parents; for a model of one table, its columns unqualified and the table without an alias. H2
     * parses every statement it cannot take from its session's query cache, which a pool that rolls
     * back on every checkout (H2's own) or a new session per connection empties each time, and a
     * qualified name costs it more to parse than a plain one.
     */
    private Select rows(ModelDef model) {
        if (joined(model)) {
            return select(model);
        }
        List<String> columns = new ArrayList<>();
        for (Component component : model.components()) {
            columns.add("{" + component.column() + "}");
        }
        return new Select(String.join(", ", columns), "{" + model.table() + "}");
    }

    /** The prefix of a column of the model's own table in the statements of {@link #rows}. */
    private String prefix(ModelDef model) {
        return joined(model) ? "t0." : "";
    }

    /** Whether a select of the model's rows joins its parents' tables. */
    private static boolean joined(ModelDef model) {
        return model.parent().isPresent();
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
        for (Component column : model.ownColumns()) {
            names.add("{" + column.column() + "}");
        }
        return insert(model, names);
    }

    /** Inserts a row whose key the database generates: {@link ModelDef#ownColumns()} only. */
    public String insertGeneratingKey(ModelDef model) {
        List<String> names = new ArrayList<>();
        for (Component column : model.ownColumns()) {
            names.add("{" + column.column() + "}");
        }
        return names.isEmpty() ? "INSERT INTO {" + model.table() + "} {DEFAULT VALUES}" : insert(model, names);
    }

    private static String insert(ModelDef model, List<String> names) {
        return "INSERT INTO {" + model.table() + "} (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }

    public String findById(ModelDef model) {
        return rows(model).sql() + " WHERE " + prefix(model) + "{" + graph.keyColumn(model) + "} = ?";
    }

    /** The rows of the model with any of many keys. */
    public String findByIds(ModelDef model) {
        return rows(model).sql() + " WHERE " + prefix(model) + "{" + graph.keyColumn(model) + "} " + KEYS;
    }

    public String findAll(ModelDef model) {
        return rows(model).sql() + " ORDER BY " + prefix(model) + "{" + graph.keyColumn(model) + "}";
    }

    public String count(ModelDef model) {
        return "SELECT COUNT(*) FROM {" + model.table() + "}";
    }

    public String exists(ModelDef model) {
        return "SELECT 1 FROM {" + model.table() + "} WHERE {" + graph.keyColumn(model) + "} = ?";
    }

    /** Writes {@link ModelDef#ownColumns()} of the row with a key, bound last. */
    public String update(ModelDef model) {
        List<String> sets = new ArrayList<>();
        for (Component column : model.ownColumns()) {
            sets.add("{" + column.column() + "} = ?");
        }
        return "UPDATE {" + model.table() + "} SET " + String.join(", ", sets) + " WHERE {" + graph.keyColumn(model) + "} = ?";
    }

    /** The column of the edge's source that holds the link: the key column for a parent link. */
    public String linkColumn(Edge edge) {
        return edge.isParentLink() ? graph.keyColumn(edge.source()) : edge.component().column();
    }

    /** The rows of the edge's source that link to one target; for a foreign key, ordered by key. */
    public String linking(Edge edge) {
        return rows(edge.source()).sql() + " WHERE " + prefix(edge.source()) + "{" + linkColumn(edge) + "} = ?"
                + byKey(edge);
    }

    /**
     * The rows of the edge's source that link to any of many targets; for a foreign key, ordered by key
     * unless {@code orderedByCaller}: the caller orders each target's rows itself, as it can for a whole
     * number key, whose order in Java is the database's (a database sorting every row of a large batch
     * costs more than sorting each target's few rows).
     */
    public String linkingAny(Edge edge, boolean orderedByCaller) {
        return rows(edge.source()).sql() + " WHERE " + prefix(edge.source()) + "{" + linkColumn(edge) + "} " + KEYS
                + (orderedByCaller ? "" : byKey(edge));
    }

    /** {@code ORDER BY} the source's key for the rows of a foreign key, of which there may be many; else nothing. */
    private String byKey(Edge edge) {
        return edge.many() ? " ORDER BY " + prefix(edge.source()) + "{" + graph.keyColumn(edge.source()) + "}" : "";
    }

    /**
     * The targets a link may choose, by key: matching its condition and, for a one-to-one link, not
     * linked yet.
     */
    public String choices(Edge edge, ConditionSql condition) {
        ModelDef target = edge.target();
        String targetKey = graph.keyColumn(target);
        String free = edge.many() ? "" : " AND NOT EXISTS (SELECT 1 FROM {" + edge.source().table() + "} linked WHERE linked.{"
                + edge.component().column() + "} = t0.{" + targetKey + "})";
        return select(target).sql() + " WHERE (" + condition.sql() + ")" + free + " ORDER BY t0.{" + targetKey + "}";
    }

    /**
     * The keys, among many, of the targets that exist, each with whether it matches a link's
     * condition (1 or 0), locked against change.
     */
    public String choiceCheck(ModelDef target, ConditionSql condition) {
        String targetKey = graph.keyColumn(target);
        // The ancestors' tables only when the condition reads inherited columns; their rows are locked too.
        String from = condition.depth() == 0 ? "{" + target.table() + "} t0" : select(target).from();
        return "SELECT t0.{" + targetKey + "}, CASE WHEN (" + condition.sql() + ") THEN 1 ELSE 0 END FROM " + from
                + " WHERE t0.{" + targetKey + "} " + KEYS + " {FOR SHARE}";
    }

    /**
     * A {@code limitChoicesTo} condition over the target's columns, as alias {@code t0}, and over
     * the columns it inherits, as the aliases of its ancestors' tables in {@link #select}.
     */
    public ConditionSql condition(Condition condition, ModelDef target) {
        List<Parameter> parameters = new ArrayList<>();
        int[] depth = {0};
        String sql = conditionSql(condition, target, parameters, depth);
        return new ConditionSql(sql, List.copyOf(parameters), depth[0]);
    }

    private String conditionSql(Condition condition, ModelDef target, List<Parameter> parameters, int[] depth) {
        if (condition instanceof Condition.And and) {
            List<String> parts = new ArrayList<>();
            for (Condition operand : and.operands()) {
                parts.add(conditionSql(operand, target, parameters, depth));
            }
            return String.join(" AND ", parts);
        }
        if (condition instanceof Condition.Or or) {
            List<String> parts = new ArrayList<>();
            for (Condition operand : or.operands()) {
                parts.add("(" + conditionSql(operand, target, parameters, depth) + ")");
            }
            return "(" + String.join(" OR ", parts) + ")";
        }
        Condition.Comparison comparison = (Condition.Comparison) condition;
        ModelGraph.Inherited compared = graph.column(target, comparison.component()).orElseThrow();
        Component component = compared.component();
        depth[0] = Math.max(depth[0], compared.depth());
        String column = "t" + compared.depth() + ".{" + component.column() + "}";
        if (comparison.literal().kind() == Condition.Literal.Kind.NULL) {
            return column + (comparison.operator().equals("=") ? " IS NULL" : " IS NOT NULL");
        }
        if (comparison.operator().equals("like")) {
            // As a finder's like: only % and _ are wildcards; the pattern, known now, gets its ! doubled.
            Condition.Literal pattern = comparison.literal();
            String escape = String.valueOf(LIKE_ESCAPE);
            parameters.add(new Parameter(component,
                    new Condition.Literal(pattern.kind(), pattern.text().replace(escape, escape + escape))));
            return column + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'";
        }
        parameters.add(new Parameter(component, comparison.literal()));
        return column + " " + (comparison.operator().equals("!=") ? "<>" : comparison.operator()) + " ?";
    }

    // ---------------------------------------------------------------- finders

    /** The marker of a list of values, expanded per call by the runtime's {@code ListSql}. */
    public static final String LIST = "(??)";

    /**
     * A finder's statement and what its {@code ?} parameters take, in order; a {@link #paged} statement
     * ends in {@code LIMIT ? OFFSET ?}, bound after the values.
     */
    public record FinderSql(String sql, List<Value> values, boolean paged) {
        /** Whether the statement has lists of values ({@code IN (??)}), expanded per call. */
        public boolean hasLists() {
            return values.stream().anyMatch(Value::list);
        }
    }

    /**
     * A value a finder's statement binds: a literal or a parameter, compared with the component; a
     * {@code list} for {@code in}, a {@code like} pattern (bound through {@code Jdbc.likePattern}).
     */
    public record Value(Component component, Condition.Literal literal, boolean list, boolean like) {}

    /** The escape character of every LIKE of a finder; {@code Jdbc.likePattern} doubles it in patterns. */
    public static final char LIKE_ESCAPE = '!';

    /** The statement of a finder method of {@code model}; its paths must resolve. */
    public FinderSql finder(ModelDef model, Finder.Method method) {
        Joins joins = new Joins(model);
        if (method.condition() != null) {
            joins.require(method.condition());
        }
        List<Value> values = new ArrayList<>();
        String where = method.condition() == null ? null : finderCondition(method.condition(), joins, values);
        List<String> order = new ArrayList<>();
        for (Finder.Order entry : method.order()) {
            order.add(joins.column(entry.path()) + (entry.descending() ? " DESC" : ""));
        }
        String key = "t0.{" + graph.keyColumn(model) + "}";
        if (!order.contains(key)) {
            order.add(key);
        }
        String from = " FROM " + joins.from + (where == null ? "" : " WHERE " + where);
        boolean paged = method.paging() != null;
        String sql = switch (method.returns()) {
            case COUNT -> "SELECT COUNT(*)" + from;
            case EXISTS -> "SELECT 1" + from + " LIMIT 1";
            // No order: at most one row is expected, and with ORDER BY ... LIMIT a planner may walk the key's index.
            case ONE -> "SELECT " + joins.columns + from + " LIMIT 2";
            default -> "SELECT " + joins.columns + from + " ORDER BY " + String.join(", ", order)
                    + (paged ? " LIMIT ? OFFSET ?" : "");
        };
        return new FinderSql(sql, List.copyOf(values), paged && method.returns() == Finder.Returns.LIST);
    }

    private String finderCondition(Condition condition, Joins joins, List<Value> values) {
        if (condition instanceof Condition.And and) {
            List<String> parts = new ArrayList<>();
            for (Condition operand : and.operands()) {
                parts.add(finderCondition(operand, joins, values));
            }
            return String.join(" AND ", parts);
        }
        if (condition instanceof Condition.Or or) {
            List<String> parts = new ArrayList<>();
            for (Condition operand : or.operands()) {
                parts.add("(" + finderCondition(operand, joins, values) + ")");
            }
            return "(" + String.join(" OR ", parts) + ")";
        }
        Condition.Comparison comparison = (Condition.Comparison) condition;
        Paths.Resolved path = joins.resolve(comparison.component());
        int many = Paths.firstManyBackward(path);
        if (many >= 0) {
            return exists(comparison, path, many, joins, values);
        }
        String column = joins.column(path);
        Condition.Literal value = comparison.literal();
        if (value.kind() == Condition.Literal.Kind.NULL) {
            return column + (comparison.operator().equals("=") ? " IS NULL" : " IS NOT NULL");
        }
        boolean list = comparison.operator().equals("in");
        boolean like = comparison.operator().equals("like");
        values.add(new Value(path.component(), value, list, like));
        return switch (comparison.operator()) {
            case "in" -> column + " IN " + LIST;
            // An escape character of its own, doubled in the pattern when bound (Jdbc.likePattern): only %
            // and _ are wildcards, and a backslash is itself on every database (each reads it as LIKE's
            // escape by default, and MariaDB even under ESCAPE '').
            case "like" -> column + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'";
            case "!=" -> column + " <> ?";
            default -> column + " " + comparison.operator() + " ?";
        };
    }

    /**
     * A comparison whose path goes backward through a foreign key, at hop {@code many}: some linking row
     * matches (Django's {@code filter(waiter__name=...)}), as {@code EXISTS} over the linking rows, whose
     * own table is joined to the rest of the path inside it. Each such comparison has linking rows of its
     * own.
     */
    private String exists(Condition.Comparison comparison, Paths.Resolved path, int many, Joins joins,
            List<Value> values) {
        Edge edge = path.hops().get(many).edge();
        String target = joins.node(path.hops().subList(0, many)).alias(edge.target());
        String[] segments = path.text().split("\\.", -1);
        String rest = String.join(".", java.util.Arrays.asList(segments).subList(many + 1, segments.length));
        Joins linking = new Joins(edge.source(), joins, "e" + joins.nextSubquery() + "_");
        String inner = finderCondition(new Condition.Comparison(rest, comparison.operator(), comparison.literal()), linking,
                values);
        String some = "EXISTS (SELECT 1 FROM " + linking.from + " WHERE " + linking.rootAlias() + ".{" + linkColumn(edge)
                + "} = " + target + ".{" + graph.keyColumn(edge.target()) + "} AND " + inner + ")";
        if (comparison.literal().kind() != Condition.Literal.Kind.NULL || !comparison.operator().equals("=")) {
            return some;
        }
        // `is null` as Django's LEFT JOIN has it (filter(waiter__isnull=True)): a row that no row links to
        // has nulls there too, so it matches as well.
        String none = "e" + joins.nextSubquery() + "_t0";
        return "(" + some + " OR NOT EXISTS (SELECT 1 FROM {" + edge.source().table() + "} " + none + " WHERE " + none
                + ".{" + linkColumn(edge) + "} = " + target + ".{" + graph.keyColumn(edge.target()) + "}))";
    }

    /**
     * The FROM clause of a finder: the model's select ({@code t0} and its parents' tables) and a join
     * for each table a path reaches, each joined once, as {@code j1}, {@code j2}, ... A hop that the
     * condition requires (a comparison that no null satisfies, joined to the rest by {@code and} only)
     * is an inner join, which lets the database start from the other side, and so is a hop along a
     * NOT NULL link from a row that is always there; any other hop is a
     * {@code LEFT JOIN}, so that rows without a linked row stay (for {@code or}, {@code is null} and
     * ordering) with nulls in its columns.
     */
    private final class Joins {
        /** The tables of one model reached by one path prefix: the model's own table, and its ancestors' once needed. */
        private final class Node {
            final ModelDef model;
            final String join;
            final Map<String, String> tables = new HashMap<>();

            Node(ModelDef model, String alias, String join) {
                this.model = model;
                this.join = join;
                tables.put(model.qualifiedName(), alias);
            }

            /** The alias of {@code of}'s table: the model's or an ancestor's, joined on first use. */
            String alias(ModelDef of) {
                String alias = tables.get(of.qualifiedName());
                if (alias == null) {
                    alias = prefix + "j" + next++;
                    from.append(join).append("{").append(of.table()).append("} ").append(alias).append(" ON ").append(alias)
                            .append(".{").append(graph.keyColumn(of)).append("} = ").append(tables.get(model.qualifiedName()))
                            .append(".{").append(graph.keyColumn(model)).append("}");
                    tables.put(of.qualifiedName(), alias);
                }
                return alias;
            }
        }

        final ModelDef root;
        final String columns;
        final StringBuilder from;
        /** What the aliases start with: empty for the finder's own rows, {@code e1_} ... for the rows of an {@code EXISTS}. */
        final String prefix;
        /** The finder's own joins, which number the {@code EXISTS} subqueries; this one for the finder's own. */
        final Joins outermost;
        int subqueries;
        /** The nodes by path prefix: the hops' edges and directions. */
        final Map<String, Node> nodes = new LinkedHashMap<>();
        /** The prefixes of the hops that the condition requires. */
        final Set<String> required = new HashSet<>();
        int next = 1;

        /** The joins of the rows of an {@code EXISTS}: the root's own table, its ancestors' joined when a path needs them. */
        Joins(ModelDef root, Joins enclosing, String prefix) {
            this.root = root;
            this.columns = "";
            this.prefix = prefix;
            this.outermost = enclosing.outermost;
            this.from = new StringBuilder("{" + root.table() + "} " + prefix + "t0");
            nodes.put("", new Node(root, prefix + "t0", " JOIN "));
        }

        /** The number of a new {@code EXISTS} of the finder. */
        int nextSubquery() {
            return ++outermost.subqueries;
        }

        String rootAlias() {
            return prefix + "t0";
        }

        Joins(ModelDef root) {
            this.root = root;
            this.prefix = "";
            this.outermost = this;
            Select select = select(root);
            this.columns = select.columns();
            this.from = new StringBuilder(select.from());
            Node node = new Node(root, "t0", " JOIN ");
            List<ModelDef> ancestors = graph.ancestors(root);
            for (int i = 0; i < ancestors.size(); i++) {
                node.tables.put(ancestors.get(i).qualifiedName(), "t" + (i + 1));
            }
            nodes.put("", node);
        }

        /** Marks the hops of the comparisons that every matching row satisfies, and that no null does, as required. */
        void require(Condition condition) {
            List<Condition> conjuncts = condition instanceof Condition.And and ? and.operands() : List.of(condition);
            for (Condition conjunct : conjuncts) {
                if (conjunct instanceof Condition.Comparison comparison
                        && (comparison.literal().kind() != Condition.Literal.Kind.NULL || comparison.operator().equals("!="))) {
                    StringBuilder prefix = new StringBuilder();
                    Paths.Resolved path = resolve(comparison.component());
                    int many = Paths.firstManyBackward(path);
                    // The hops up to a foreign key followed backward; the linking rows are an EXISTS of their own.
                    for (Paths.Hop hop : path.hops().subList(0, many < 0 ? path.hops().size() : many)) {
                        required.add(prefix(prefix, hop));
                    }
                }
            }
        }

        /** Appends the hop to the prefix of the hops before it, and returns the hop's key. */
        private String prefix(StringBuilder prefix, Paths.Hop hop) {
            Edge edge = hop.edge();
            return prefix.append(hop.forward() ? '>' : '<').append(edge.source().qualifiedName()).append('.')
                    .append(edge.component().name()).append('/').toString();
        }

        Paths.Resolved resolve(String path) {
            Paths.Result result = Paths.resolve(graph, root, path);
            if (!result.ok()) {
                throw new IllegalStateException("Unresolved finder path " + path + ": " + result.failure().reason());
            }
            return result.resolved();
        }

        String column(String path) {
            return column(resolve(path));
        }

        /** The column a path names, as {@code alias.{column}}, joining the tables on its way. */
        String column(Paths.Resolved path) {
            return node(path.hops()).alias(path.declaring()) + ".{" + path.component().column() + "}";
        }

        /** The node the hops arrive at, joining the tables on their way. */
        Node node(List<Paths.Hop> hops) {
            Node node = nodes.get("");
            StringBuilder prefix = new StringBuilder();
            for (Paths.Hop hop : hops) {
                Edge edge = hop.edge();
                String key = prefix(prefix, hop);
                Node from = node;
                node = nodes.get(key);
                if (node == null) {
                    ModelDef to = hop.to();
                    String alias = this.prefix + "j" + next++;
                    String on = hop.forward()
                            ? alias + ".{" + graph.keyColumn(to) + "} = " + from.alias(edge.source()) + ".{"
                                    + edge.component().column() + "}"
                            : alias + ".{" + linkColumn(edge) + "} = " + from.alias(edge.target()) + ".{"
                                    + graph.keyColumn(edge.target()) + "}";
                    // A NOT NULL link from a row that is there always reaches a row: its foreign key says so.
                    boolean reached = hop.forward() && !edge.component().nullable() && from.join.equals(" JOIN ");
                    String join = required.contains(key) || reached ? " JOIN " : " LEFT JOIN ";
                    this.from.append(join).append("{").append(to.table()).append("} ").append(alias).append(" ON ").append(on);
                    node = new Node(to, alias, join);
                    nodes.put(key, node);
                }
            }
            return node;
        }
    }
}
