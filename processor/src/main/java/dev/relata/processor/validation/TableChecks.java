package dev.relata.processor.validation;

import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.parsing.Annotations;
import dev.relata.processor.sql.Literals;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/** Tables and their columns: one table per model, one column per name, names that fit, defaults that parse. */
final class TableChecks {
    private final ModelGraph graph;
    private final Reporter reporter;

    TableChecks(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
    }

    /** Two models of the graph that map to one table; reported on the model being compiled. */
    void checkTableNames() {
        Map<String, ModelDef> byTable = new HashMap<>();
        for (ModelDef model : graph.models()) {
            ModelDef other = byTable.putIfAbsent(model.table().toLowerCase(Locale.ROOT), model);
            if (other != null && !model.compiled()) {
                reporter.report(Message.DUPLICATE_TABLE, model.element(), Annotations.find(model.element(), Annotations.MODEL)
                        .orElse(null), other.qualifiedName(), model.qualifiedName(), model.table());
            }
        }
    }

    /** Two components of the model's own table that map to one column, the parent link column included. */
    void checkColumns(ModelDef model) {
        Map<String, String> columns = new LinkedHashMap<>();
        Optional<ModelDef> parent = graph.parent(model);
        if (parent.isPresent()) {
            Component link = model.parent().orElseThrow();
            columns.put(link.column().toLowerCase(Locale.ROOT), link.name());
        }
        for (Component component : model.components()) {
            if (component.isParent() || component.column() == null) {
                continue;
            }
            String earlier = columns.putIfAbsent(component.column().toLowerCase(Locale.ROOT), component.name());
            if (earlier != null) {
                reporter.report(Message.DUPLICATE_COLUMN, component.element(), model.name(), earlier, component.name(),
                        component.column());
            }
        }
    }

    /** A {@code @Default} that is not a literal of the column's type. */
    void checkDefault(ModelDef model, Component component) {
        if (component.defaultValue() == null || component.sqlType() == null || component.defaultsToNull()) {
            return;
        }
        String problem = Literals.check(component.sqlType(), component.defaultValue(), Enums.constants(component));
        AnnotationMirror mirror = Annotations.find(component.element(), Annotations.DEFAULT).orElse(null);
        if (problem != null) {
            reporter.report(Message.INVALID_DEFAULT, component.element(), mirror,
                    mirror == null ? null : Annotations.explicit(mirror, "value"), component.defaultValue(), model.name(),
                    component.name(), component.type(), problem);
            return;
        }
        String text = component.defaultValue();
        if (component.sqlType() == SqlType.STRING && text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            reporter.report(Message.QUOTED_DEFAULT, component.element(), mirror,
                    mirror == null ? null : Annotations.explicit(mirror, "value"), text, model.name(), component.name(),
                    text.substring(1, text.length() - 1));
        }
    }
}
