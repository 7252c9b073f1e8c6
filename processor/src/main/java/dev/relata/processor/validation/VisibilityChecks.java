package dev.relata.processor.validation;

import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.ModelGraph.Edge;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** What a generated DAO must be able to name: the records and enums it reads, from its own package or another. */
final class VisibilityChecks {
    private final ModelGraph graph;
    private final Reporter reporter;

    VisibilityChecks(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
    }

    /** An enum column whose type the model's own DAO, beside it, cannot name. */
    void checkColumnTypes(ModelDef model) {
        for (Component component : model.components()) {
            Enums.type(component).filter(VisibilityChecks::declaredPrivate).ifPresent(type -> reporter.report(
                    Message.COLUMN_TYPE_NOT_ACCESSIBLE, component.element(), model.name(), component.name(),
                    type.getQualifiedName()));
        }
    }

    /**
     * A link or parent link to a model of another package: each side's DAO reads the other side's
     * rows, with their parents, so those models and the enums of their columns must be public. The
     * target's DAO reads nothing of a hidden link ({@code relatedName = "+"}).
     */
    void checkAcrossPackages(Edge edge) {
        ModelDef source = edge.source();
        ModelDef target = edge.target();
        if (source.packageName().equals(target.packageName())) {
            return;
        }
        boolean hidden = !edge.isParentLink() && edge.component().link().hidden();
        if (checkReadable(edge, target, source) && !hidden) {
            checkReadable(edge, source, target);
        }
    }

    /**
     * Checks that {@code reader}'s DAO can name {@code read} and its parents; false when it reported
     * that it cannot. A DAO compiled before has no accessor to check.
     */
    private boolean checkReadable(Edge edge, ModelDef read, ModelDef reader) {
        if (reader.compiled()) {
            return true;
        }
        for (ModelDef model : graph.chain(read)) {
            Optional<TypeElement> hidden = notPublic(model.element());
            if (hidden.isPresent()) {
                reporter.report(Message.CROSS_PACKAGE_NOT_PUBLIC, edge.component().element(), edge.source().name(),
                        edge.target().name(), hidden.get().getSimpleName(), reader.name());
                return false;
            }
            for (Component component : model.components()) {
                Optional<TypeElement> type = Enums.type(component);
                if (type.isPresent() && notPublic(type.get()).isPresent()) {
                    reporter.report(Message.CROSS_PACKAGE_COLUMN_TYPE, edge.component().element(), edge.source().name(),
                            edge.target().name(), model.name(), component.name(), type.get().getQualifiedName(),
                            reader.name());
                    return false;
                }
            }
        }
        return true;
    }

    /** The type, or a type around it, that is not public, so that code of other packages cannot name the type. */
    private static Optional<TypeElement> notPublic(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** True when not even code of the type's package can name it: it or a type around it is private. */
    private static boolean declaredPrivate(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }
}
