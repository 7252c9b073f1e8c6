package dev.relata.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.condition.Condition;
import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Accessors;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Link;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.ModelGraph.Edge;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.OnDeleteRule;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.parsing.Annotations;
import dev.relata.processor.sql.Literals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Checks the whole model graph: what a record cannot know on its own (its targets' keys,
 * inheritance chains and cycles, clashes between accessors of different records, duplicate
 * tables), and the values that need the target to be checked ({@code limitChoicesTo}).
 */
public final class GraphValidator {
    private final ModelGraph graph;
    private final Reporter reporter;

    public GraphValidator(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
    }

    /** Validates the models being compiled now. */
    public void validate() {
        checkTables();
        for (ModelDef model : graph.models()) {
            if (model.compiled()) {
                continue;
            }
            checkInheritance(model);
            checkColumns(model);
            checkColumnTypesAccessible(model);
            for (Edge edge : graph.outgoing(model)) {
                checkAcrossPackages(edge);
            }
            for (Component component : model.components()) {
                checkDefault(model, component);
                if (component.isLink()) {
                    checkLink(model, component);
                }
            }
        }
        for (ModelDef model : graph.models()) {
            checkAccessors(model);
        }
    }

    private void checkTables() {
        Map<String, ModelDef> byTable = new HashMap<>();
        for (ModelDef model : graph.models()) {
            ModelDef other = byTable.putIfAbsent(model.table().toLowerCase(Locale.ROOT), model);
            if (other != null && !model.compiled()) {
                reporter.report(Message.DUPLICATE_TABLE, model.element(), Annotations.find(model.element(), Annotations.MODEL)
                        .orElse(null), other.qualifiedName(), model.qualifiedName(), model.table());
            }
        }
    }

    private void checkInheritance(ModelDef model) {
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

    private void checkColumns(ModelDef model) {
        Map<String, String> columns = new LinkedHashMap<>();
        Optional<ModelDef> parent = graph.parent(model);
        if (parent.isPresent()) {
            Component link = model.parent().orElseThrow();
            String column = Names.parentLinkColumn(parent.get().table());
            columns.put(column.toLowerCase(Locale.ROOT), link.name());
            if (column.length() > Names.MAX_LENGTH) {
                reporter.report(Message.NAME_TOO_LONG, link.element(), "column", column, model.name() + "." + link.name(),
                        column.length(), "@Model(table = \"...\") on " + parent.get().name());
            }
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

    private void checkDefault(ModelDef model, Component component) {
        if (component.defaultValue() == null || component.sqlType() == null) {
            return;
        }
        String problem = Literals.check(component.sqlType(), component.defaultValue(), enumConstants(component));
        if (problem != null) {
            AnnotationMirror mirror = Annotations.find(component.element(), Annotations.DEFAULT).orElse(null);
            reporter.report(Message.INVALID_DEFAULT, component.element(), mirror,
                    mirror == null ? null : Annotations.explicit(mirror, "value"), component.defaultValue(), model.name(),
                    component.name(), component.type(), problem);
        }
    }

    private void checkLink(ModelDef model, Component component) {
        Link link = component.link();
        Optional<ModelDef> target = graph.target(component);
        if (target.isEmpty()) {
            return; // not a model: reported when read
        }
        ModelDef to = target.get();
        List<ModelDef> ancestors = graph.ancestors(model);
        for (ModelDef ancestor : ancestors) {
            if (ancestor.qualifiedName().equals(to.qualifiedName())) {
                reporter.report(Message.REDUNDANT_PARENT_LINK, component.element(), link.mirror(), model.name(),
                        component.name(), to.name(), model.parent().get().name(),
                        Names.parentLinkColumn(graph.parent(model).get().table()));
                return;
            }
        }
        ModelDef root = graph.root(to);
        Optional<Component> targetKey = root.ownKey();
        if (targetKey.isPresent() && !sameKeyType(component.type(), targetKey.get().type())) {
            TypeName keyType = targetKey.get().type();
            reporter.report(Message.LINK_TYPE_MISMATCH, component.element(), model.name(), component.name(),
                    component.type(), to.name(), root.name() + "." + targetKey.get().name(), keyType,
                    keyType.isPrimitive() ? " (or " + ((ClassName) keyType.box()).simpleName() + ", for a nullable link)" : "");
        }
        if (link.onDelete() == OnDeleteRule.SET_NULL && !component.nullable()) {
            reporter.report(Message.SET_NULL_NOT_NULLABLE, component.element(), link.mirror(),
                    Annotations.explicit(link.mirror(), "onDelete"), model.name(), component.name());
        }
        if (link.onDelete() == OnDeleteRule.SET_DEFAULT && component.defaultValue() == null) {
            reporter.report(Message.SET_DEFAULT_NO_DEFAULT, component.element(), link.mirror(),
                    Annotations.explicit(link.mirror(), "onDelete"), model.name(), component.name());
        }
        checkLinkName(model, component, to);
        if (!link.limitChoicesTo().isEmpty()) {
            checkCondition(model, component, to);
        }
    }

    /** An enum column whose type the model's own DAO, beside it, cannot name. */
    private void checkColumnTypesAccessible(ModelDef model) {
        for (Component component : model.components()) {
            enumType(component).filter(GraphValidator::declaredPrivate).ifPresent(type -> reporter.report(
                    Message.COLUMN_TYPE_NOT_ACCESSIBLE, component.element(), model.name(), component.name(),
                    type.getQualifiedName()));
        }
    }

    /**
     * A link or parent link to a model of another package: each side's DAO reads the other side's
     * rows, with their parents, so those models and the enums of their columns must be public. The
     * target's DAO reads nothing of a hidden link ({@code relatedName = "+"}).
     */
    private void checkAcrossPackages(Edge edge) {
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
        List<ModelDef> chain = new ArrayList<>();
        chain.add(read);
        chain.addAll(graph.ancestors(read));
        for (ModelDef model : chain) {
            Optional<TypeElement> hidden = notPublic(model.element());
            if (hidden.isPresent()) {
                reporter.report(Message.CROSS_PACKAGE_NOT_PUBLIC, edge.component().element(), edge.source().name(),
                        edge.target().name(), hidden.get().getSimpleName(), reader.name());
                return false;
            }
            for (Component component : model.components()) {
                Optional<TypeElement> type = enumType(component);
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

    private static Optional<TypeElement> enumType(Component component) {
        if (component.sqlType() == SqlType.ENUM && component.element().asType() instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement type) {
            return Optional.of(type);
        }
        return Optional.empty();
    }

    private void checkLinkName(ModelDef model, Component component, ModelDef target) {
        String relation = component.link().relation();
        if (relation.equalsIgnoreCase(target.name())) {
            return;
        }
        for (ModelDef other : graph.modelsNamed(relation)) {
            if (other.name().equalsIgnoreCase(relation) && !other.qualifiedName().equals(target.qualifiedName())
                    && graph.ancestors(target).stream().noneMatch(a -> a.qualifiedName().equals(other.qualifiedName()))) {
                reporter.report(Message.LINK_NAME_MISMATCH, component.element(), model.name(), component.name(), other.name(),
                        target.name(), Names.lowerFirst(target.name()));
                return;
            }
        }
    }

    private void checkCondition(ModelDef model, Component component, ModelDef target) {
        Link link = component.link();
        if (link.conditionError() != null) {
            reporter.report(Message.CONDITION_SYNTAX, component.element(), link.mirror(),
                    Annotations.explicit(link.mirror(), "limitChoicesTo"), link.limitChoicesTo(), model.name(),
                    component.name(), link.conditionError());
            return;
        }
        checkComparisons(model, component, target, link.condition());
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
        Optional<Component> compared = target.component(comparison.component())
                .filter(c -> !c.isParent() && c.sqlType() != null);
        if (compared.isEmpty()) {
            String valid = String.join(", ", target.components().stream().filter(c -> !c.isParent()).map(Component::name)
                    .toList());
            reporter.report(Message.CONDITION_UNKNOWN_COMPONENT, link.element(), mirror,
                    Annotations.explicit(mirror, "limitChoicesTo"), model.name(), link.name(), comparison.component(),
                    target.name(), valid);
            return;
        }
        Component c = compared.get();
        String problem = Literals.checkComparison(c.sqlType(), c.nullable(), comparison.operator(), comparison.literal(),
                enumConstants(c));
        if (problem != null) {
            reporter.report(Message.CONDITION_TYPE_MISMATCH, link.element(), mirror,
                    Annotations.explicit(mirror, "limitChoicesTo"), model.name(), link.name(), target.name(), c.name(),
                    c.type(), comparison.literal(), problem);
        }
    }

    /**
     * The accessors of every DAO, against each other, the DAO's fixed methods and the model's
     * components. Each clash is reported once, on a component whose change resolves it: a link's
     * batch accessor clashes whenever the link's accessor does, and a forward accessor inherited
     * from a parent is the parent's to report, unless the child's own names collide with it.
     */
    private void checkAccessors(ModelDef model) {
        if (inCycle(model)) {
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
            if (accessor.owner().compiled() || reported.contains(accessor.declaredBy()) || inCycle(accessor.edge().source())
                    || redundant(accessor.edge())) {
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

    /** True when the model's chain of parents loops, which is reported on its own. */
    private boolean inCycle(ModelDef model) {
        return graph.parent(graph.root(model)).isPresent();
    }

    /** True for a link to an ancestor of its model, which is reported on its own. */
    private boolean redundant(Edge edge) {
        return !edge.isParentLink() && graph.ancestors(edge.source()).stream()
                .anyMatch(a -> a.qualifiedName().equals(edge.target().qualifiedName()));
    }

    private static boolean sameKeyType(TypeName link, TypeName key) {
        return box(link).equals(box(key));
    }

    private static TypeName box(TypeName type) {
        return type.isPrimitive() ? type.box() : type;
    }

    /** The constants of an enum component, or an empty list. */
    public static List<String> enumConstants(Component component) {
        if (component.sqlType() != SqlType.ENUM || !(component.element().asType() instanceof DeclaredType declared)) {
            return List.of();
        }
        return declared.asElement().getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }
}
