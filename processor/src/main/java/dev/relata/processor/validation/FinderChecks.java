package dev.relata.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.relata.processor.condition.Condition;
import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Accessors;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Finder;
import dev.relata.processor.model.Finder.Returns;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.Paths;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.parsing.Annotations;
import dev.relata.processor.sql.Literals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Checks {@code @Finders} interfaces against the model graph: the interface's shape, each method's
 * return type, condition, order and parameters, and its name among the DAO's methods. Returns, per
 * model, the interfaces its DAO can implement: those without errors.
 */
public final class FinderChecks {
    private final ModelGraph graph;
    private final Reporter reporter;

    public FinderChecks(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
    }

    /**
     * The finders without errors, by the qualified name of their model. A method that two finder
     * interfaces share (one extends the other) is checked and implemented once, with the first.
     */
    public Map<String, List<Finder>> check(List<Finder> finders) {
        Map<String, List<Finder>> valid = new LinkedHashMap<>();
        Map<String, Map<String, String>> taken = new LinkedHashMap<>();
        Map<String, Set<ExecutableElement>> implemented = new LinkedHashMap<>();
        for (Finder finder : finders) {
            if (!checkShape(finder)) {
                continue;
            }
            ModelDef model = graph.model(finder.model()).orElseThrow();
            if (reporter.hasErrors(model.qualifiedName())) {
                continue; // no DAO is generated for it; its own errors say why
            }
            Map<String, String> names = taken.computeIfAbsent(model.qualifiedName(), m -> daoMethods(model));
            Set<ExecutableElement> done = implemented.computeIfAbsent(model.qualifiedName(), m -> new HashSet<>());
            List<Finder.Method> own = new ArrayList<>();
            boolean ok = checkDefaultMethods(finder, model);
            for (Finder.Method method : finder.methods()) {
                if (done.add(method.element())) {
                    own.add(method);
                    ok &= checkMethod(finder, model, method, names);
                }
            }
            if (ok) {
                valid.computeIfAbsent(model.qualifiedName(), m -> new ArrayList<>()).add(new Finder(finder.element(),
                        finder.type(), finder.model(), finder.mirror(), List.copyOf(own), finder.memberNames(),
                        finder.defaultMethods()));
            }
        }
        return valid;
    }

    /** The DAO's methods by name, each as a clash names it, for example "the method count". */
    private Map<String, String> daoMethods(ModelDef model) {
        Map<String, String> names = new LinkedHashMap<>();
        Accessors.FIXED.forEach(name -> names.put(name, "the method " + name));
        Accessors.accessors(graph, model).forEach(a -> names.putIfAbsent(a.name(), "the accessor " + a.name()
                + " (for " + a.describe() + ")"));
        return names;
    }

    /**
     * The interface's default methods, declared or inherited, named like a method the DAO always has
     * or an accessor, whatever their parameters, as abstract finders are: with the DAO method's
     * parameters, the DAO's method would either not compile beside it (another return type) or
     * replace it without a word; with others, it would be an overload that reads as the DAO's own.
     * Reported on the method when this interface declares it, else on the interface.
     */
    private boolean checkDefaultMethods(Finder finder, ModelDef model) {
        Map<String, String> dao = daoMethods(model);
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        List<TypeElement> types = new ArrayList<>(List.of(finder.element()));
        for (int i = 0; i < types.size(); i++) {
            TypeElement type = types.get(i);
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() != ElementKind.METHOD || !member.getModifiers().contains(Modifier.DEFAULT)) {
                    continue;
                }
                String name = member.getSimpleName().toString();
                String taken = dao.get(name);
                if (taken != null && seen.add(name)) {
                    String describe = String.join(".", ClassNames.simpleNames(type)) + "." + name + " (a default method)";
                    if (type.equals(finder.element())) {
                        reporter.report(Message.FINDER_NAME_CLASH, member, describe, taken, model.dao().simpleName());
                    } else {
                        reporter.report(Message.FINDER_NAME_CLASH, finder.element(), finder.mirror(), describe, taken,
                                model.dao().simpleName());
                    }
                    ok = false;
                }
            }
            for (var parent : type.getInterfaces()) {
                if (parent instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
                    types.add(element);
                }
            }
        }
        return ok;
    }

    private boolean checkShape(Finder finder) {
        TypeElement type = finder.element();
        String name = String.join(".", finder.type().simpleNames());
        if (type.getKind() != ElementKind.INTERFACE) {
            reporter.report(Message.FINDERS_NOT_INTERFACE, type, finder.mirror(), name,
                    type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
            return false;
        }
        ModelDef model = finder.model() == null ? null : graph.model(finder.model()).filter(m -> !m.compiled()).orElse(null);
        if (model == null) {
            reporter.report(Message.FINDERS_NOT_MODEL, type, finder.mirror(), Annotations.explicit(finder.mirror(), "value"),
                    name, String.valueOf(Annotations.explicit(finder.mirror(), "value").getValue()));
            return false;
        }
        String dao = model.dao().simpleName();
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(Message.FINDERS_SHAPE, type, finder.mirror(), name, dao, "it declares type parameters",
                    null, null, null, "Remove the type parameters: a finder interface queries one model.");
            return false;
        }
        for (Element e = type; e instanceof TypeElement enclosing; e = e.getEnclosingElement()) {
            boolean samePackage = packageOf(enclosing).equals(model.packageName());
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)
                    || !enclosing.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
                reporter.report(Message.FINDERS_SHAPE, type, finder.mirror(), name, dao,
                        "it is not visible from " + dao + "'s package " + model.packageName(), null, null, null,
                        "Make " + String.join(".", ClassNames.simpleNames(enclosing)) + " public, or move it into the package "
                                + model.packageName() + ".");
                return false;
            }
        }
        return true;
    }

    private boolean checkMethod(Finder finder, ModelDef model, Finder.Method method, Map<String, String> names) {
        String describe = finder.describe(method);
        int errors = reporter.errorCount();
        String taken = names.putIfAbsent(method.name(), "the finder " + describe);
        if (taken != null) {
            reporter.report(Message.FINDER_NAME_CLASH, method.element(), describe, taken, model.dao().simpleName());
        }
        if (method.generic()) {
            reporter.report(Message.FINDERS_SHAPE, method.element(), describe, model.dao().simpleName(),
                    "it declares type parameters", null, null, null, "Remove the type parameters from the method.");
        }
        if (method.returns() == Returns.UNSUPPORTED) {
            reporter.report(Message.FINDER_RETURN_TYPE, method.element(), describe, method.returnType(), model.name());
        }
        long pagings = method.parameters().stream().filter(Finder.Parameter::paging).count();
        if (pagings > 1 || pagings == 1 && method.returns() != Returns.LIST && method.returns() != Returns.UNSUPPORTED) {
            reporter.report(Message.FINDER_PAGING, method.paging().element(), describe,
                    pagings > 1 ? "more than one Paging" : "a Paging, but returns " + method.returnType());
        }
        Set<String> used = new HashSet<>();
        if (method.whereError() != null) {
            reporter.report(Message.FINDER_SYNTAX, method.element(), method.whereMirror(),
                    Annotations.explicit(method.whereMirror(), "value"), describe, "Where", method.where(),
                    method.whereError(), null, null,
                    "Write comparisons like `city = :city` or `user.username like 'a%'`, joined with `and`/`or` and "
                            + "parentheses.");
        } else if (method.condition() != null) {
            checkCondition(describe, model, method, method.condition(), used);
        }
        if (method.orderError() != null) {
            reporter.report(Message.FINDER_SYNTAX, method.element(), method.orderMirror(),
                    Annotations.explicit(method.orderMirror(), "value"), describe, "OrderBy", method.orderBy(),
                    method.orderError(), null, null, "Write components or paths separated by commas, each optionally "
                            + "followed by DESC, like \"city, user.username DESC\".");
        }
        for (Finder.Order order : method.order()) {
            Paths.Result result = Paths.resolve(graph, model, order.path());
            if (!result.ok()) {
                unknownPath(describe, model, method.element(), method.orderMirror(), "OrderBy", order.path(), result.failure());
            } else if (Paths.firstManyBackward(result.resolved()) >= 0) {
                Paths.Hop hop = result.resolved().hops().get(Paths.firstManyBackward(result.resolved()));
                reporter.report(Message.FINDER_ORDER_THROUGH_MANY, method.element(), method.orderMirror(),
                        Annotations.explicit(method.orderMirror(), "value"), describe, order.path(),
                        hop.edge().source().name() + "." + hop.edge().component().name(), hop.edge().target().name(),
                        hop.edge().source().name(), hop.edge().reverseName().orElse(""));
            } else if (result.resolved().component().sqlType() == SqlType.BYTES) {
                reporter.report(Message.FINDER_ORDER_TYPE, method.element(), method.orderMirror(),
                        Annotations.explicit(method.orderMirror(), "value"), describe, order.path(), "byte[]");
            }
        }
        for (Finder.Parameter parameter : method.parameters()) {
            if (!parameter.paging() && !used.contains(parameter.name())) {
                reporter.report(Message.FINDER_UNUSED_PARAMETER, parameter.element(), describe, parameter.name());
            }
        }
        return reporter.errorCount() == errors;
    }

    private void checkCondition(String describe, ModelDef model, Finder.Method method, Condition condition,
            Set<String> used) {
        if (condition instanceof Condition.And and) {
            and.operands().forEach(c -> checkCondition(describe, model, method, c, used));
            return;
        }
        if (condition instanceof Condition.Or or) {
            or.operands().forEach(c -> checkCondition(describe, model, method, c, used));
            return;
        }
        Condition.Comparison comparison = (Condition.Comparison) condition;
        AnnotationMirror mirror = method.whereMirror();
        Paths.Result result = Paths.resolve(graph, model, comparison.component());
        if (comparison.literal().kind() == Condition.Literal.Kind.PARAMETER) {
            used.add(comparison.literal().text());
        }
        if (!result.ok()) {
            unknownPath(describe, model, method.element(), mirror, "Where", comparison.component(), result.failure());
            return;
        }
        Component component = result.resolved().component();
        String path = comparison.component();
        TypeName columnType = component.type().withoutAnnotations();
        if (comparison.literal().kind() != Condition.Literal.Kind.PARAMETER) {
            boolean nullable = component.nullable() || !result.resolved().hops().isEmpty();
            String problem = Literals.checkComparison(component.sqlType(), nullable, comparison.operator(),
                    comparison.literal(), enumConstants(component));
            if (problem != null) {
                reporter.report(Message.FINDER_CONDITION_TYPE, method.element(), mirror, Annotations.explicit(mirror, "value"),
                        describe, path, columnType, comparison.literal(), null, null, problem);
            }
            return;
        }
        if (component.sqlType() == SqlType.ENUM && List.of("<", "<=", ">", ">=").contains(comparison.operator())) {
            // Stored by name: `<` would compare the names alphabetically, not in declaration order.
            reporter.report(Message.FINDER_CONDITION_TYPE, method.element(), mirror, Annotations.explicit(mirror, "value"),
                    describe, path, columnType, comparison.literal(), null, null,
                    "Compare enum constants using = or != only, or name the wanted ones with `in`: an enum is stored"
                            + " by its constant's name, so < and > would compare names alphabetically, not in"
                            + " declaration order.");
            return;
        }
        String name = comparison.literal().text();
        Finder.Parameter parameter = method.parameter(name);
        if (parameter == null) {
            List<String> given = method.parameters().stream().filter(p -> !p.paging()).map(Finder.Parameter::name).toList();
            reporter.report(Message.FINDER_UNKNOWN_PARAMETER, method.element(), mirror, Annotations.explicit(mirror, "value"),
                    describe, name, comparison.operator().equals("in") ? "Collection<" + columnType.box() + ">" : columnType,
                    given.isEmpty() ? "none" : String.join(", ", given));
            return;
        }
        String expected;
        boolean fits;
        if (comparison.operator().equals("in")) {
            expected = "Collection<" + columnType.box() + "> (or a List or Set of " + columnType.box() + ")";
            fits = parameter.elementType() != null && parameter.elementType().withoutAnnotations().box().equals(columnType.box());
        } else if (comparison.operator().equals("like")) {
            expected = "String";
            fits = component.sqlType() == SqlType.STRING && parameter.type().withoutAnnotations().equals(TypeName.get(String.class));
            if (component.sqlType() != SqlType.STRING) {
                reporter.report(Message.FINDER_CONDITION_TYPE, method.element(), mirror, Annotations.explicit(mirror, "value"),
                        describe, path, columnType, "a pattern", null, null,
                        "`like` matches String components only; compare this one with =, !=, <, <=, > or >=.");
                return;
            }
        } else {
            expected = columnType.isPrimitive() ? columnType + " (or " + columnType.box() + ")" : columnType.toString();
            fits = parameter.elementType() == null && !parameter.paging()
                    && parameter.type().withoutAnnotations().box().equals(columnType.box());
        }
        if (!fits) {
            reporter.report(Message.FINDER_PARAMETER_TYPE, parameter.element(), describe, name,
                    parameter.type().withoutAnnotations(), path, columnType, expected);
        }
    }

    private void unknownPath(String describe, ModelDef model, Element element, AnnotationMirror mirror, String annotation,
            String path, Paths.Failure failure) {
        String at = failure.prefix().isEmpty() ? model.name() : failure.prefix().substring(0, failure.prefix().length() - 1);
        reporter.report(Message.FINDER_UNKNOWN_PATH, element, mirror, Annotations.explicit(mirror, "value"), describe,
                annotation, path, failure.reason(), at, failure.at().name(),
                // Quoted: a link to follow is written with its dot (`user.`), which must not run into the full stop.
                "`" + String.join("`, `", failure.nameable()) + "`");
    }

    private static List<String> enumConstants(Component component) {
        if (component.sqlType() != SqlType.ENUM || !(component.element().asType() instanceof DeclaredType declared)) {
            return List.of();
        }
        return declared.asElement().getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }

    private static String packageOf(Element element) {
        Element e = element;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return ((PackageElement) e).getQualifiedName().toString();
    }

    /** Names of types as users write them. */
    private static final class ClassNames {
        static List<String> simpleNames(TypeElement type) {
            List<String> names = new ArrayList<>();
            for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
                names.add(0, t.getSimpleName().toString());
            }
            return names;
        }
    }
}
