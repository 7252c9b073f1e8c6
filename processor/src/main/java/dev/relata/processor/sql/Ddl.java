package dev.relata.processor.sql;

import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.ModelGraph.Edge;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of a package's models: CREATE TABLE with keys, NOT NULL, defaults and a UNIQUE
 * constraint per one-to-one column, then every foreign key as ALTER TABLE, so that tables can
 * link in any order (even in cycles).
 */
public final class Ddl {
    private final ModelGraph graph;

    public Ddl(ModelGraph graph) {
        this.graph = graph;
    }

    public List<String> statements(List<ModelDef> models, SqlDialect dialect) {
        List<String> statements = new ArrayList<>();
        List<ModelDef> ordered = graph.targetsFirst(models);
        for (ModelDef model : ordered) {
            statements.add(createTable(model, dialect));
        }
        for (ModelDef model : ordered) {
            for (Edge edge : graph.outgoing(model)) {
                statements.add(foreignKey(edge, dialect));
            }
        }
        return statements;
    }

    private String createTable(ModelDef model, SqlDialect d) {
        List<String> lines = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        String keyColumn = graph.keyColumn(model);
        Component key = graph.key(model);
        if (graph.parent(model).isPresent()) {
            lines.add(d.quote(keyColumn) + " " + d.type(key.sqlType(), key.length()) + " NOT NULL PRIMARY KEY");
        } else {
            String generated = key.sqlType().isGeneratedKey() && !key.isLink() ? " " + d.identity() : "";
            lines.add(d.quote(keyColumn) + " " + d.type(key.sqlType(), key.length()) + " NOT NULL" + generated
                    + " PRIMARY KEY");
        }
        for (Component column : model.ownColumns()) {
            StringBuilder line = new StringBuilder(d.quote(column.column())).append(' ')
                    .append(d.type(column.sqlType(), column.length()));
            if (column.defaultValue() != null) {
                line.append(" DEFAULT ").append(d.literal(column.sqlType(), column.defaultValue()));
            }
            if (!column.nullable()) {
                line.append(" NOT NULL");
            }
            lines.add(line.toString());
            if (column.isLink()) {
                constraints.add("CONSTRAINT " + d.quote(ConstraintNames.unique(model.table(), column.column())) + " UNIQUE ("
                        + d.quote(column.column()) + ")");
            }
        }
        lines.addAll(constraints);
        return "CREATE TABLE " + d.quote(model.table()) + " (" + String.join(", ", lines) + ")" + d.tableOptions();
    }

    private String foreignKey(Edge edge, SqlDialect d) {
        String table = edge.source().table();
        String column = edge.isParentLink() ? graph.keyColumn(edge.source()) : edge.component().column();
        String action = switch (edge.onDelete()) {
            case CASCADE -> " ON DELETE CASCADE";
            case PROTECT, RESTRICT -> " ON DELETE RESTRICT";
            case SET_NULL -> " ON DELETE SET NULL";
            // InnoDB has no SET DEFAULT: the generated DAO writes the default before it deletes.
            case SET_DEFAULT -> d.hasOnDeleteSetDefault() ? " ON DELETE SET DEFAULT" : "";
            case DO_NOTHING -> "";
        };
        return "ALTER TABLE " + d.quote(table) + " ADD CONSTRAINT " + d.quote(ConstraintNames.foreignKey(table, column))
                + " FOREIGN KEY (" + d.quote(column) + ") REFERENCES " + d.quote(edge.target().table()) + " ("
                + d.quote(graph.keyColumn(edge.target())) + ")" + action;
    }
}
