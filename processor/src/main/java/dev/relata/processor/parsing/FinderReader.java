package dev.relata.processor.parsing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.relata.processor.condition.Condition;
import dev.relata.processor.condition.ConditionParser;
import dev.relata.processor.model.Finder;
import dev.relata.processor.model.Finder.Order;
import dev.relata.processor.model.Finder.Returns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Finders} interface into a {@link Finder}: the model it names, and each abstract
 * method (declared or inherited) with its return kind, parameters, condition and order parsed.
 * Reports nothing: {@code validation.FinderChecks} judges what it read.
 */
public final class FinderReader {
    /** A type of the interface could not be resolved: javac reports it. */
    public static final class Unresolved extends Exception {
        private static final long serialVersionUID = 1L;

        public Unresolved() {
            super(null, null, false, false);
        }
    }

    private final Elements elements;
    private final Types types;

    public FinderReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    public Finder read(TypeElement type) throws Unresolved {
        AnnotationMirror mirror = Annotations.find(type, Annotations.FINDERS).orElseThrow();
        ClassName model = null;
        Object value = Annotations.value(elements, mirror, "value").getValue();
        if (value instanceof TypeMirror named) {
            if (named.getKind() == TypeKind.ERROR) {
                throw new Unresolved();
            }
            if (named.getKind() == TypeKind.DECLARED && types.asElement(named).getKind() == ElementKind.RECORD) {
                model = ClassName.get((TypeElement) types.asElement(named));
            }
        }
        List<Finder.Method> methods = new ArrayList<>();
        Set<String> defaultMethods = new TreeSet<>();
        if (type.getKind() == ElementKind.INTERFACE) {
            collect((DeclaredType) type.asType(), type, model, methods, defaultMethods, new HashSet<>());
        }
        return new Finder(type, ClassName.get(type), model, mirror, List.copyOf(methods), memberNames(type),
                Set.copyOf(defaultMethods));
    }

    /**
     * The simple names of the member types and constants the interface declares or inherits: in the
     * body of a class that implements it, each hides every type of that name.
     */
    private Set<String> memberNames(TypeElement type) {
        Set<String> names = new TreeSet<>();
        for (Element member : elements.getAllMembers(type)) {
            if (member instanceof TypeElement || member.getKind() == ElementKind.FIELD) {
                names.add(member.getSimpleName().toString());
            }
        }
        return Set.copyOf(names);
    }

    /**
     * The interface's abstract methods, then its superinterfaces', each signature once, the most
     * specific first, with their types as {@code root} sees them ({@code List<T>} of a
     * {@code Base<T>} that {@code root} extends as {@code Base<Profile>} is {@code List<Profile>});
     * and the names of the default methods, which the implementing class inherits.
     */
    private void collect(DeclaredType root, TypeElement type, ClassName model, List<Finder.Method> methods,
            Set<String> defaultMethods, Set<String> seen) throws Unresolved {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)) {
                continue;
            }
            if (method.getModifiers().contains(Modifier.DEFAULT)) {
                defaultMethods.add(method.getSimpleName().toString());
            }
            ExecutableType member = (ExecutableType) types.asMemberOf(root, method);
            if (!seen.add(signature(method, member)) || !method.getModifiers().contains(Modifier.ABSTRACT)
                    || isObjectMethod(method)) {
                continue;
            }
            methods.add(method(type, method, member, model));
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.ERROR) {
                throw new Unresolved();
            }
            collect(root, (TypeElement) types.asElement(parent), model, methods, defaultMethods, seen);
        }
    }

    /** The method's name and erased parameter types, as the {@code @Finders} interface sees them. */
    private String signature(ExecutableElement method, ExecutableType member) {
        StringBuilder signature = new StringBuilder(method.getSimpleName()).append('(');
        for (TypeMirror parameter : member.getParameterTypes()) {
            signature.append(types.erasure(parameter)).append(',');
        }
        return signature.append(')').toString();
    }

    /**
     * {@code member}'s type name ({@code plain}) with the {@code @Nullable} type annotations that
     * {@code declared}, the same type as written in the interface, carries at each level: javac's view
     * of an inherited method through {@code asMemberOf} has none. Where there are none, {@code plain}.
     */
    private TypeName annotated(TypeMirror declared, TypeMirror member, TypeName plain, ClassName model) {
        TypeName result = plain;
        if (declared instanceof DeclaredType d && member instanceof DeclaredType m
                && plain instanceof ParameterizedTypeName parameterized && parameterized.enclosingType() == null
                && d.getTypeArguments().size() == m.getTypeArguments().size()
                && m.getTypeArguments().size() == parameterized.typeArguments().size()) {
            TypeName[] arguments = new TypeName[m.getTypeArguments().size()];
            boolean changed = false;
            for (int i = 0; i < arguments.length; i++) {
                TypeName argument = parameterized.typeArguments().get(i);
                arguments[i] = annotated(d.getTypeArguments().get(i), m.getTypeArguments().get(i), argument, model);
                changed |= arguments[i] != argument;
            }
            if (changed) {
                result = ParameterizedTypeName.get(parameterized.rawType(), arguments);
            }
        } else if (declared instanceof ArrayType d && member instanceof ArrayType m && plain instanceof ArrayTypeName array) {
            TypeName component = annotated(d.getComponentType(), m.getComponentType(), array.componentType(), model);
            if (component != array.componentType()) {
                result = ArrayTypeName.of(component);
            }
        } else if (declared instanceof WildcardType d && member instanceof WildcardType m
                && plain instanceof WildcardTypeName wildcard) {
            if (d.getExtendsBound() != null && m.getExtendsBound() != null) {
                TypeName bound = annotated(d.getExtendsBound(), m.getExtendsBound(), wildcard.upperBounds().get(0), model);
                result = bound == wildcard.upperBounds().get(0) ? wildcard : WildcardTypeName.subtypeOf(bound);
            } else if (d.getSuperBound() != null && m.getSuperBound() != null) {
                TypeName bound = annotated(d.getSuperBound(), m.getSuperBound(), wildcard.lowerBounds().get(0), model);
                result = bound == wildcard.lowerBounds().get(0) ? wildcard : WildcardTypeName.supertypeOf(bound);
            }
        }
        List<com.palantir.javapoet.AnnotationSpec> nullable = new ArrayList<>();
        for (AnnotationMirror annotation : declared.getAnnotationMirrors()) {
            if (copiable(annotation, model)) {
                nullable.add(com.palantir.javapoet.AnnotationSpec.builder(
                        ClassName.get((TypeElement) annotation.getAnnotationType().asElement())).build());
            }
        }
        return nullable.isEmpty() ? result : result.annotated(nullable);
    }

    /**
     * The {@code @Nullable} annotations on the parameter's declaration that are not type annotations
     * of its type (an annotation that may stand in both places is on both in javac's view).
     */
    private List<ClassName> declarationNullable(VariableElement parameter, ClassName model) {
        List<ClassName> nullable = new ArrayList<>();
        for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
            if (copiable(annotation, model) && !carries(parameter.asType(), annotation)) {
                nullable.add(ClassName.get((TypeElement) annotation.getAnnotationType().asElement()));
            }
        }
        return List.copyOf(nullable);
    }

    /**
     * Whether the parameter's type carries the annotation already, where javac puts one that applies to
     * declarations and to types both: on the type, or for an array on its element type
     * ({@code @Nullable byte[]} annotates {@code byte}). Copied from the type, it must not be written
     * a second time as the declaration's: not being repeatable, it would not compile.
     */
    private static boolean carries(TypeMirror type, AnnotationMirror annotation) {
        for (TypeMirror t = type; ; t = ((ArrayType) t).getComponentType()) {
            for (AnnotationMirror present : t.getAnnotationMirrors()) {
                if (present.getAnnotationType().equals(annotation.getAnnotationType())) {
                    return true;
                }
            }
            if (!(t instanceof ArrayType)) {
                return false;
            }
        }
    }

    /**
     * An annotation named {@code Nullable} (what Relata reads as nullable everywhere) without members,
     * that the DAO, in the model's package, can name.
     */
    private static boolean copiable(AnnotationMirror annotation, ClassName model) {
        TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
        if (!type.getSimpleName().contentEquals("Nullable") || !annotation.getElementValues().isEmpty()) {
            return false;
        }
        boolean visible = true;
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            visible &= t.getModifiers().contains(Modifier.PUBLIC);
        }
        return visible || model != null && ClassName.get(type).packageName().equals(model.packageName())
                && !type.getModifiers().contains(Modifier.PRIVATE);
    }

    /** {@code toString()}, {@code hashCode()} and {@code equals(Object)} redeclared: every class implements them. */
    private static boolean isObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        int arity = method.getParameters().size();
        return arity == 0 && (name.equals("toString") || name.equals("hashCode"))
                || arity == 1 && name.equals("equals")
                        && method.getParameters().get(0).asType().toString().equals("java.lang.Object");
    }

    private Finder.Method method(TypeElement declaredIn, ExecutableElement method, ExecutableType seen, ClassName model)
            throws Unresolved {
        TypeMirror returnType = seen.getReturnType();
        requireResolved(returnType);
        List<Finder.Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            VariableElement parameter = method.getParameters().get(i);
            TypeMirror type = seen.getParameterTypes().get(i);
            requireResolved(type);
            TypeName elementType = null;
            boolean paging = false;
            if (type instanceof DeclaredType declared) {
                String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
                paging = raw.equals(Annotations.PAGING);
                if (List.of("java.util.Collection", "java.util.List", "java.util.Set").contains(raw)
                        && declared.getTypeArguments().size() == 1) {
                    TypeMirror argument = declared.getTypeArguments().get(0);
                    if (argument instanceof WildcardType wildcard) {
                        argument = wildcard.getExtendsBound();
                    }
                    elementType = argument == null ? ClassName.OBJECT : TypeName.get(argument);
                }
            }
            TypeName plain = TypeName.get(type);
            parameters.add(new Finder.Parameter(parameter, parameter.getSimpleName().toString(), plain,
                    elementType, paging, annotated(parameter.asType(), type, plain, model), declarationNullable(parameter, model)));
        }
        AnnotationMirror whereMirror = Annotations.find(method, Annotations.WHERE).orElse(null);
        String where = whereMirror == null ? "" : Annotations.string(elements, whereMirror, "value");
        Condition condition = null;
        String whereError = null;
        if (whereMirror != null) {
            try {
                condition = ConditionParser.parse(where);
            } catch (ConditionParser.SyntaxError e) {
                whereError = e.getMessage();
            }
        }
        AnnotationMirror orderMirror = Annotations.find(method, Annotations.ORDER_BY).orElse(null);
        String orderBy = orderMirror == null ? "" : Annotations.string(elements, orderMirror, "value");
        List<Order> order = new ArrayList<>();
        String orderError = orderMirror == null ? null : parseOrder(orderBy, order);
        return new Finder.Method(method, declaredIn, ClassName.get(declaredIn), method.getSimpleName().toString(),
                returns(returnType, model), TypeName.get(returnType), !method.getTypeParameters().isEmpty(),
                method.isVarArgs(), List.copyOf(parameters), where, condition, whereError, whereMirror, orderBy,
                orderError == null ? List.copyOf(order) : List.of(), orderError, orderMirror);
    }

    private static void requireResolved(TypeMirror type) throws Unresolved {
        if (type.getKind() == TypeKind.ERROR) {
            throw new Unresolved();
        }
        if (type instanceof DeclaredType declared) {
            for (TypeMirror argument : declared.getTypeArguments()) {
                requireResolved(argument);
            }
        }
    }

    private Returns returns(TypeMirror type, ClassName model) {
        if (type.getKind() == TypeKind.LONG) {
            return Returns.COUNT;
        }
        if (type.getKind() == TypeKind.BOOLEAN) {
            return Returns.EXISTS;
        }
        if (model != null && type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            TypeMirror argument = declared.getTypeArguments().get(0);
            Element element = types.asElement(argument);
            boolean ofModel = argument.getKind() == TypeKind.DECLARED && element instanceof TypeElement t
                    && t.getQualifiedName().contentEquals(model.canonicalName());
            if (ofModel && raw.equals("java.util.List")) {
                return Returns.LIST;
            }
            if (ofModel && raw.equals("java.util.Optional")) {
                return Returns.ONE;
            }
        }
        return Returns.UNSUPPORTED;
    }

    /** Parses {@code "a, b.c DESC"} into {@code order}; returns why it does not parse, or null. */
    static String parseOrder(String text, List<Order> order) {
        if (text.isBlank()) {
            return "it is empty";
        }
        String[] entries = text.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String[] words = entries[i].trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                return "entry " + (i + 1) + " is empty";
            }
            if (!ConditionParser.isPath(words[0])) {
                return "`" + words[0] + "` is not a component name or a path";
            }
            boolean descending = false;
            if (words.length == 2) {
                String direction = words[1].toUpperCase(Locale.ROOT);
                if (!direction.equals("ASC") && !direction.equals("DESC")) {
                    return "expected ASC or DESC after `" + words[0] + "` but found `" + words[1] + "`";
                }
                descending = direction.equals("DESC");
            } else if (words.length > 2) {
                return "`" + entries[i].trim() + "` has more than a path and a direction; separate entries with commas";
            }
            order.add(new Order(words[0], descending));
        }
        return null;
    }
}
