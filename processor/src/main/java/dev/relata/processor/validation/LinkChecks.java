package dev.relata.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Link;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.OnDeleteRule;
import dev.relata.processor.parsing.Annotations;
import java.util.Optional;

/**
 * A {@code @OneToOneField} or {@code @ForeignKey} against its target: a one-to-one link that
 * inheritance already makes, the target's key type, the {@code onDelete} rules that need a nullable
 * or defaulted column, a foreign key that is unique (a one-to-one), and a name that suggests another
 * target.
 */
final class LinkChecks {
    private final ModelGraph graph;
    private final Reporter reporter;

    LinkChecks(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
    }

    void check(ModelDef model, Component component) {
        Link link = component.link();
        Optional<ModelDef> target = graph.target(component);
        if (target.isEmpty()) {
            return; // not a model: reported when read
        }
        ModelDef to = target.get();
        if (!link.many() && graph.inheritsFrom(model, to)) {
            reporter.report(Message.REDUNDANT_PARENT_LINK, component.element(), link.mirror(), model.name(),
                    component.name(), to.name(), model.parent().get().name(),
                    graph.keyColumn(model));
            return;
        }
        ModelDef root = graph.root(to);
        Optional<Component> targetKey = root.ownKey();
        if (targetKey.isPresent() && !sameKeyType(component.type(), targetKey.get().type())) {
            TypeName keyType = targetKey.get().type();
            reporter.report(Message.LINK_TYPE_MISMATCH, component.element(), model.name(), component.name(),
                    component.type(), to.name(), root.name() + "." + targetKey.get().name(), keyType,
                    keyType.isPrimitive() ? " (or " + ((ClassName) keyType.box()).simpleName() + ", for a nullable link)" : "");
        }
        boolean isKey = model.ownKey().filter(key -> key == component).isPresent();
        if (link.onDelete() == OnDeleteRule.SET_NULL && isKey) {
            reporter.report(Message.SET_NULL_ON_KEY, component.element(), link.mirror(),
                    Annotations.explicit(link.mirror(), "onDelete"), model.name(), component.name());
        } else if (link.onDelete() == OnDeleteRule.SET_NULL && !component.nullable()) {
            reporter.report(Message.SET_NULL_NOT_NULLABLE, component.element(), link.mirror(),
                    Annotations.explicit(link.mirror(), "onDelete"), model.name(), component.name());
        }
        if (link.onDelete() == OnDeleteRule.SET_DEFAULT && component.defaultValue() == null) {
            reporter.report(Message.SET_DEFAULT_NO_DEFAULT, component.element(), link.mirror(),
                    Annotations.explicit(link.mirror(), "onDelete"), model.name(), component.name());
        }
        if (link.many() && (component.unique() || isKey)) {
            reporter.report(Message.UNIQUE_FOREIGN_KEY, component.element(), link.mirror(), model.name(), component.name(),
                    isKey ? "the key of " + model.name() : "@Column(unique = true)", to.name());
        }
        checkName(model, component, to);
    }

    /** A link named after another model of the graph than the one it points to (a warning). */
    private void checkName(ModelDef model, Component component, ModelDef target) {
        String relation = component.link().relation();
        if (relation.equalsIgnoreCase(target.name())) {
            return;
        }
        for (ModelDef other : graph.modelsNamed(relation)) {
            if (other.name().equalsIgnoreCase(relation) && !other.qualifiedName().equals(target.qualifiedName())
                    && !graph.inheritsFrom(target, other)) {
                reporter.report(Message.LINK_NAME_MISMATCH, component.element(), model.name(), component.name(), other.name(),
                        target.name(), Names.lowerFirst(target.name()));
                return;
            }
        }
    }

    private static boolean sameKeyType(TypeName link, TypeName key) {
        return box(link).equals(box(key));
    }

    private static TypeName box(TypeName type) {
        return type.isPrimitive() ? type.box() : type;
    }
}
