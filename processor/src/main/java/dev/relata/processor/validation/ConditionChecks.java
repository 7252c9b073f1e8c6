package dev.relata.processor.validation;

import dev.relata.processor.condition.Condition;
import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Link;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.parsing.Annotations;
import dev.relata.processor.sql.Literals;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * A link's {@code limitChoicesTo}, against the target it filters: it parses, names the target's
 * components (its own or, for a {@code @Parent} child, inherited ones), and compares each with a
 * literal of its type.
 */
final class ConditionChecks {
    private final ModelGraph graph;
    private final Reporter reporter;

    ConditionChecks(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
    }

    /**
     * Checks the link's condition, when it has one and points at a model; a one-to-one link to an
     * ancestor of its model is reported as redundant, and its condition is not looked at.
     */
    void check(ModelDef model, Component component) {
        Link link = component.link();
        Optional<ModelDef> target = graph.target(component);
        if (link.limitChoicesTo().isEmpty() || target.isEmpty()
                || !link.many() && graph.inheritsFrom(model, target.get())) {
            return;
        }
        if (link.conditionError() != null) {
            reporter.report(Message.CONDITION_SYNTAX, component.element(), link.mirror(),
                    Annotations.explicit(link.mirror(), "limitChoicesTo"), link.limitChoicesTo(), model.name(),
                    component.name(), link.conditionError());
            return;
        }
        checkComparisons(model, component, target.get(), link.condition());
    }

    private void checkComparisons(ModelDef model, Component component, ModelDef target, Condition condition) {
        if (condition instanceof Condition.And and) {
            and.operands().forEach(c -> checkComparisons(model, component, target, c));
        } else if (condition instanceof Condition.Or or) {
            or.operands().forEach(c -> checkComparisons(model, component, target, c));
        } else {
            checkComparison(model, component, target, (Condition.Comparison) condition);
        }
    }

    private void checkComparison(ModelDef model, Component link, ModelDef target, Condition.Comparison comparison) {
        AnnotationMirror mirror = link.link().mirror();
        Optional<ModelGraph.Inherited> compared = graph.column(target, comparison.component());
        if (compared.isEmpty()) {
            // Nearest first, as the lookup goes; a name that a child repeats is listed once.
            Set<String> names = new LinkedHashSet<>();
            graph.chain(target).forEach(m -> m.components().stream().filter(c -> !c.isParent())
                    .forEach(c -> names.add(c.name())));
            String valid = String.join(", ", names);
            reporter.report(Message.CONDITION_UNKNOWN_COMPONENT, link.element(), mirror,
                    Annotations.explicit(mirror, "limitChoicesTo"), model.name(), link.name(), comparison.component(),
                    target.name(), valid);
            return;
        }
        Component c = compared.get().component();
        String problem = Literals.checkComparison(c.sqlType(), c.nullable(), comparison.operator(), comparison.literal(),
                Enums.constants(c));
        if (problem != null) {
            reporter.report(Message.CONDITION_TYPE_MISMATCH, link.element(), mirror,
                    Annotations.explicit(mirror, "limitChoicesTo"), model.name(), link.name(),
                    compared.get().declaring().name(), c.name(),
                    c.type(), comparison.literal(), problem);
        }
    }
}
