package dev.relata.processor;

import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.parsing.Annotations;
import dev.relata.processor.schema.Snapshot;
import dev.relata.processor.validation.MigrationChecks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The tables of the models of every round, gathered as plain data (no {@code Element} is kept
 * across rounds), with what the migration's diagnostics need to find their components again in
 * the last round.
 */
final class SchemaSources {
    /** A table's model and, per column, the component it comes from. */
    private record Origin(String model, String simpleName, Map<String, String> components) {}

    private final Map<String, Snapshot.Table> tables = new TreeMap<>();
    private final Map<String, Origin> origins = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> renames = new TreeMap<>();
    private boolean complete = true;

    void add(ModelGraph graph, ModelDef model) {
        tables.put(model.table(), Snapshot.table(graph, model));
        Map<String, String> components = new LinkedHashMap<>();
        graph.parent(model).ifPresentOrElse(p -> model.parent().ifPresent(c -> components.put(graph.keyColumn(model), c.name())),
                () -> components.put(graph.keyColumn(model), graph.key(model).name()));
        // A child's key column is its @Parent component's, which may rename it as any column.
        renamedFrom(model, model.parent().orElseGet(() -> graph.key(model)), graph.keyColumn(model));
        for (Component column : model.ownColumns()) {
            components.put(column.column(), column.name());
            renamedFrom(model, column, column.column());
        }
        origins.put(model.table(), new Origin(model.qualifiedName(), model.name(), components));
    }

    /** Notes the {@code @Column(renamedFrom = ...)} of the component of the column {@code name}, if it has one. */
    private void renamedFrom(ModelDef model, Component column, String name) {
        Annotations.find(column.element(), Annotations.COLUMN)
                .flatMap(mirror -> mirror.getElementValues().entrySet().stream()
                        .filter(e -> e.getKey().getSimpleName().contentEquals("renamedFrom"))
                        .map(e -> String.valueOf(e.getValue().getValue()))
                        .findFirst())
                .filter(old -> !old.isEmpty())
                .ifPresent(old -> renames.computeIfAbsent(model.table(), t -> new TreeMap<>()).put(name, old));
    }

    /** Marks the schema as missing a model that had an error: no migration is written from it. */
    void incomplete() {
        complete = false;
    }

    boolean complete() {
        return complete;
    }

    boolean isEmpty() {
        return tables.isEmpty();
    }

    Snapshot snapshot(int version) {
        return new Snapshot(version, tables);
    }

    Map<String, Map<String, String>> renames() {
        return renames;
    }

    /** The components of the tables' columns, looked up again in the round that reports. */
    MigrationChecks.Sources sources(Elements elements) {
        return new MigrationChecks.Sources() {
            @Override
            public String modelName(String table) {
                Origin origin = origins.get(table);
                return origin == null ? table : origin.simpleName();
            }

            @Override
            public Optional<String> componentName(String table, String column) {
                Origin origin = origins.get(table);
                return origin == null ? Optional.empty() : Optional.ofNullable(origin.components().get(column));
            }

            @Override
            public Element modelInPackageOf(String qualifiedName) {
                String packageName = qualifiedName.contains(".") ? qualifiedName.substring(0, qualifiedName.lastIndexOf('.')) : "";
                List<String> models = origins.values().stream().map(Origin::model).sorted().toList();
                String near = models.stream()
                        .filter(model -> (model.contains(".") ? model.substring(0, model.lastIndexOf('.')) : "").equals(packageName))
                        .findFirst()
                        // A package with no model left (or one moved elsewhere): the compilation's first model.
                        .orElse(models.isEmpty() ? null : models.get(0));
                return near == null ? null : elements.getTypeElement(near);
            }

            @Override
            public Element element(String table, String column) {
                Origin origin = origins.get(table);
                TypeElement type = origin == null ? null : elements.getTypeElement(origin.model());
                if (type == null) {
                    return null;
                }
                Optional<String> component = column == null ? Optional.empty() : componentName(table, column);
                if (component.isPresent()) {
                    for (RecordComponentElement element : type.getRecordComponents()) {
                        if (element.getSimpleName().contentEquals(component.get())) {
                            return element;
                        }
                    }
                }
                return type;
            }
        };
    }
}
