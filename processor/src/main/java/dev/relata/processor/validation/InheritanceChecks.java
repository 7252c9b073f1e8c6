package dev.relata.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Chains of {@code @Parent}s: a model that inherits from itself. */
final class InheritanceChecks {
    private final ModelGraph graph;
    private final Reporter reporter;

    InheritanceChecks(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
    }

    /** A chain of parents that comes back to the model, reported on the model's {@code @Parent}. */
    void checkCycle(ModelDef model) {
        Optional<Component> parent = model.parent();
        if (parent.isEmpty() || parent.get().parent().equals(ClassName.OBJECT)) {
            return;
        }
        List<String> chain = new ArrayList<>();
        chain.add(model.name());
        ModelDef current = model;
        while (true) {
            Optional<ModelDef> next = graph.parent(current);
            if (next.isEmpty()) {
                return;
            }
            chain.add(next.get().name());
            if (next.get().qualifiedName().equals(model.qualifiedName())) {
                reporter.report(Message.INHERITANCE_CYCLE, parent.get().element(), model.name(), String.join(" -> ", chain));
                return;
            }
            if (chain.size() > graph.models().size() + 1) {
                return; // a cycle further up, reported on its own members
            }
            current = next.get();
        }
    }
}
