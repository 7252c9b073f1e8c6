package dev.relata.processor.sql;

import dev.relata.processor.model.Distribution;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.schema.Snapshot;
import dev.relata.processor.schema.Snapshot.Column;
import dev.relata.processor.schema.Snapshot.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of a package's models: CREATE TABLE with keys, NOT NULL, defaults and a UNIQUE
 * constraint per one-to-one or unique column, then an index per {@code @ForeignKey} column, then
 * every foreign key as ALTER TABLE, so that tables can link in any order (even in cycles).
 */
public final class Ddl {
    private final ModelGraph graph;

    public Ddl(ModelGraph graph) {
        this.graph = graph;
    }

    public List<String> statements(List<ModelDef> models, SqlDialect dialect) {
        List<Table> tables = graph.targetsFirst(models).stream().map(m -> Snapshot.table(graph, m)).toList();
        return create(tables, dialect);
    }

    /**
     * The PostgreSQL DDL of the models for Citus: the tables and indexes, without foreign keys; then
     * {@code create_reference_table} for each table outside the chains; then
     * {@code create_distributed_table} for each chain's root, by its key, and for each other table of
     * a chain, by its key column and co-located with its root's table, roots first and then in the
     * order of their links; then the foreign keys, which Citus checks against the distribution. Table
     * names are passed as quoted identifiers (Citus parses them as {@code regclass}), the distribution
     * column as the column's name itself (Citus looks it up as it is).
     */
    public List<String> citusStatements(List<ModelDef> models, Distribution distribution) {
        SqlDialect d = SqlDialect.POSTGRESQL;
        List<ModelDef> ordered = graph.targetsFirst(models);
        List<Table> tables = ordered.stream().map(m -> Snapshot.table(graph, m)).toList();
        List<String> statements = tablesAndIndexes(tables, d);
        for (ModelDef model : ordered) {
            if (!distribution.distributed(model)) {
                statements.add("SELECT create_reference_table(" + SqlDialect.stringLiteral(d.quote(model.table())) + ")");
            }
        }
        for (ModelDef model : ordered) {
            if (distribution.root(model).filter(root -> root.qualifiedName().equals(model.qualifiedName())).isPresent()) {
                statements.add("SELECT create_distributed_table(" + SqlDialect.stringLiteral(d.quote(model.table())) + ", "
                        + SqlDialect.stringLiteral(graph.keyColumn(model)) + ")");
            }
        }
        for (ModelDef model : ordered) {
            ModelDef root = distribution.root(model).orElse(model);
            if (!root.qualifiedName().equals(model.qualifiedName())) {
                statements.add("SELECT create_distributed_table(" + SqlDialect.stringLiteral(d.quote(model.table())) + ", "
                        + SqlDialect.stringLiteral(graph.keyColumn(model)) + ", colocate_with => " + SqlDialect.stringLiteral(d.quote(root.table())) + ")");
            }
        }
        statements.addAll(foreignKeys(tables, d));
        return statements;
    }

    /** The tables, created in the order given, then the indexes of their foreign keys, then the foreign keys. */
    public static List<String> create(List<Table> tables, SqlDialect dialect) {
        List<String> statements = tablesAndIndexes(tables, dialect);
        statements.addAll(foreignKeys(tables, dialect));
        return statements;
    }

    /** The tables, created in the order given, then the indexes of their foreign keys. */
    private static List<String> tablesAndIndexes(List<Table> tables, SqlDialect dialect) {
        List<String> statements = new ArrayList<>();
        for (Table table : tables) {
            statements.add(TableSql.createTable(table, dialect));
        }
        for (Table table : tables) {
            for (Column column : table.columns()) {
                if (column.indexed()) {
                    statements.add(TableSql.createIndex(table.name(), column, dialect));
                }
            }
        }
        return statements;
    }

    /** The foreign keys of the tables, as ALTER TABLE statements. */
    private static List<String> foreignKeys(List<Table> tables, SqlDialect dialect) {
        List<String> statements = new ArrayList<>();
        for (Table table : tables) {
            for (Column column : table.columns()) {
                if (column.references() != null) {
                    statements.add(TableSql.addForeignKey(table.name(), column, dialect));
                }
            }
        }
        return statements;
    }
}
