package dev.relata.processor.sql;

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

    /** The tables, created in the order given, then the indexes of their foreign keys, then the foreign keys. */
    public static List<String> create(List<Table> tables, SqlDialect dialect) {
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
