package dev.relata.processor.validation;

import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Accessors;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The public methods of each generated DAO: its accessors against each other, against the DAO's
 * fixed methods, and against the model's components (Django's {@code fields.E302} and
 * {@code E304}). The DAO's other members are named around these, so they cannot clash.
 */
final class AccessorChecks {
    private final ModelGraph graph;
    private final Reporter reporter;

    AccessorChecks(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
    }

    /**
     * The accessors of every DAO, against each other, the DAO's fixed methods and the model's
     * components. Each clash is reported once, on a component whose change resolves it: a link's
     * batch accessor clashes whenever the link's accessor does, and a forward accessor inherited
     * from a parent is the parent's to report, unless the child's own names collide with it.
     */
    void check(ModelDef model) {
        if (graph.inCycle(model)) {
            return; // reported as the cycle; the chain has no accessors to speak of
        }
        Map<String, Accessors.Accessor> taken = new LinkedHashMap<>();
        for (String fixed : Accessors.FIXED) {
            taken.put(fixed, null);
        }
        Set<Component> reported = new HashSet<>();
        List<Accessors.Accessor> accessors = new ArrayList<>(Accessors.accessors(graph, model));
        // The inherited accessors first, so that a clash with one of them is blamed on the child's own name.
        accessors.sort(Comparator.comparing(a -> !inherited(a)));
        for (Accessors.Accessor accessor : accessors) {
            if (accessor.owner().compiled() || reported.contains(accessor.declaredBy())
                    || graph.inCycle(accessor.edge().source()) || graph.linksToAncestor(accessor.edge())) {
                continue;
            }
            boolean namedAfterModel = !accessor.declaredBy().isLink() || accessor.declaredBy().link().relatedName().isEmpty();
            if (namedAfterModel && SourceVersion.isKeyword(accessor.name())) {
                reporter.report(Message.ACCESSOR_IS_KEYWORD, accessor.declaredBy().element(), mirror(accessor), model.name(),
                        accessor.name(), accessor.describe(), accessor.edge().source().name(), howToRename(accessor));
                reported.add(accessor.declaredBy());
                continue;
            }
            Optional<Component> sameName = model.component(accessor.name()).filter(c -> c != accessor.declaredBy());
            if (sameName.isPresent()) {
                Element at = inherited(accessor) ? sameName.get().element() : accessor.declaredBy().element();
                reporter.report(Message.ACCESSOR_CLASHES_COMPONENT, at, inherited(accessor) ? null : mirror(accessor),
                        model.name(), accessor.name(), accessor.describe(), sameName.get().name(), howToRename(accessor));
                reported.add(accessor.declaredBy());
                continue;
            }
            if (!taken.containsKey(accessor.name())) {
                taken.put(accessor.name(), accessor);
                continue;
            }
            Accessors.Accessor earlier = taken.get(accessor.name());
            if (inherited(accessor)) {
                continue; // the parent's own DAO has the same clash, reported on the parent
            }
            reported.add(accessor.declaredBy());
            if (earlier == null) {
                reporter.report(Message.ACCESSOR_CLASHES_METHOD, accessor.declaredBy().element(), mirror(accessor),
                        model.name(), accessor.name(), accessor.describe(), accessor.name() + "(...)", howToRename(accessor));
            } else if (isReverse(earlier) && isReverse(accessor)) {
                // Blame a link rather than a @Parent, which has no relatedName.
                boolean swap = accessor.edge().isParentLink() && !earlier.edge().isParentLink();
                Accessors.Accessor blamed = swap ? earlier : accessor;
                Accessors.Accessor other = swap ? accessor : earlier;
                reported.add(blamed.declaredBy());
                reporter.report(Message.REVERSE_ACCESSOR_CLASH, blamed.declaredBy().element(), mirror(blamed), model.name(),
                        accessor.name(), blamed.describe(), describeReverse(other), howToRename(blamed, other));
            } else {
                reporter.report(Message.ACCESSOR_CLASHES_METHOD, accessor.declaredBy().element(), mirror(accessor),
                        model.name(), accessor.name(), accessor.describe(), "the accessor for " + earlier.describe(),
                        howToRename(accessor));
            }
        }
    }

    /** True for a forward accessor that the DAO has because the model inherits the link from an ancestor. */
    private static boolean inherited(Accessors.Accessor accessor) {
        return !accessor.path().isEmpty();
    }

    private static boolean isReverse(Accessors.Accessor accessor) {
        return accessor.kind() == Accessors.Kind.REVERSE || accessor.kind() == Accessors.Kind.REVERSE_BATCH;
    }

    private static AnnotationMirror mirror(Accessors.Accessor accessor) {
        return accessor.declaredBy().isLink() ? accessor.declaredBy().link().mirror() : null;
    }

    private static String describeReverse(Accessors.Accessor accessor) {
        return (accessor.edge().isParentLink() ? "the @Parent " : "") + accessor.describe();
    }

    /** How the user renames the accessor, as the end of a sentence. */
    private static String howToRename(Accessors.Accessor accessor) {
        if (!isReverse(accessor)) {
            return "rename " + accessor.describe();
        }
        if (accessor.edge().isParentLink()) {
            return "rename the model " + accessor.edge().source().name()
                    + " (a @Parent link's reverse accessor is named after the child)";
        }
        return "add or change a relatedName on " + accessor.describe();
    }

    /** How to rename one of two clashing reverse accessors, as the end of a sentence. */
    private static String howToRename(Accessors.Accessor blamed, Accessors.Accessor other) {
        if (!blamed.edge().isParentLink() && !other.edge().isParentLink()) {
            return "add or change a relatedName on " + blamed.describe() + " or " + other.describe();
        }
        return howToRename(blamed) + ", or " + howToRename(other);
    }
}
