package dev.relata.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * How a model's rows are selected: the columns of its table joined with its parents' tables
 * (aliases {@code t0}, {@code t1}, ...), and the Java expression that builds the record from
 * them. Statement templates write identifiers as {@code {name}}; see {@code Dialect.sql}.
 */
final class Selects {

    /** A select of one model: {@code SELECT columns FROM from}, and the record built from a row. */
    record Select(String columns, String from, CodeBlock construct) {
        String sql() {
            return "SELECT " + columns + " FROM " + from;
        }
    }

    private final ModelGraph graph;

    Selects(ModelGraph graph) {
        this.graph = graph;
    }

    Select of(ModelDef model) {
        List<String> columns = new ArrayList<>();
        StringBuilder from = new StringBuilder("{" + model.table() + "} t0");
        int[] counters = {1, 1}; // next column index, next alias
        CodeBlock construct = build(model, "t0", columns, from, counters);
        return new Select(String.join(", ", columns), from.toString(), construct);
    }

    private CodeBlock build(ModelDef model, String alias, List<String> columns, StringBuilder from, int[] counters) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Component component : model.components()) {
            if (component.isParent()) {
                ModelDef parent = graph.parent(model).orElseThrow();
                String parentAlias = "t" + counters[1]++;
                from.append(" JOIN {").append(parent.table()).append("} ").append(parentAlias).append(" ON ")
                        .append(parentAlias).append(".{").append(graph.keyColumn(parent)).append("} = ").append(alias)
                        .append(".{").append(graph.keyColumn(model)).append("}");
                arguments.add(build(parent, parentAlias, columns, from, counters));
            } else {
                columns.add(alias + ".{" + component.column() + "}");
                arguments.add(ColumnCode.read(component.sqlType(), component.type(), CodeBlock.of("$L", counters[0]++)));
            }
        }
        return CodeBlock.of("new $T($L)", model.type(), CodeBlock.join(arguments, ", "));
    }

    /** The expression of a model's key on a record held in {@code variable}. */
    CodeBlock key(ModelDef model, String variable) {
        StringBuilder path = new StringBuilder(variable);
        ModelDef current = model;
        while (current.parent().isPresent()) {
            path.append('.').append(current.parent().get().name()).append("()");
            current = graph.parent(current).orElseThrow();
        }
        path.append('.').append(current.ownKey().orElseThrow().name()).append("()");
        return CodeBlock.of("$L", path);
    }
}
