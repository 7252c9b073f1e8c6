package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.condition.Condition;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One {@code @Finders} interface as the rest of the pipeline sees it: the model it queries and its
 * methods, each with its condition and order parsed once, here.
 *
 * @param element the interface, for diagnostics in this round
 * @param type    the interface's name
 * @param model   the model named by {@code @Finders}, or null when it names no record type
 * @param mirror  the {@code @Finders} annotation
 * @param methods the abstract methods, declared and inherited, in declaration order
 * @param memberNames the simple names of the member types and constants the interface declares or
 *                inherits, which hide types of those names in the body of the DAO that implements it
 * @param defaultMethods the names of the default methods the interface declares or inherits, which the
 *                DAO inherits: none of its own methods may take such a name
 */
public record Finder(TypeElement element, ClassName type, ClassName model, AnnotationMirror mirror,
        List<Method> methods, Set<String> memberNames, Set<String> defaultMethods) {

    /** What a finder method returns, which decides what its statement does. */
    public enum Returns {
        /** {@code List<M>}: the matching rows, in order. */
        LIST,
        /** {@code Optional<M>}: the one matching row. */
        ONE,
        /** {@code long}: how many rows match. */
        COUNT,
        /** {@code boolean}: whether a row matches. */
        EXISTS,
        /** anything else: an error. */
        UNSUPPORTED
    }

    /**
     * A parameter of a finder method.
     *
     * @param element     the parameter, for diagnostics
     * @param name        its name
     * @param type        its type as the {@code @Finders} interface sees it, without annotations
     * @param elementType for a {@code Collection}, {@code List} or {@code Set}, the type of its elements; else null
     * @param paging      whether it is the {@code Paging} of a list finder
     * @param signatureType its type as the implementing method declares it: {@code type} with the
     *                    {@code @Nullable} type annotations of the declaration ({@code List<@Nullable String>}),
     *                    which an override must keep for null checkers such as NullAway
     * @param nullable    the {@code @Nullable} annotations on the declaration itself (not type annotations,
     *                    such as JSR 305's), to be repeated on the implementing method's parameter
     */
    public record Parameter(VariableElement element, String name, TypeName type, TypeName elementType, boolean paging,
            TypeName signatureType, List<ClassName> nullable) {}

    /** One entry of an {@code @OrderBy}: a path and its direction. */
    public record Order(String path, boolean descending) {}

    /**
     * One finder method. What the DAO writer needs of it is read here, as plain values
     * ({@code declaredInName}, {@code varargs}, the types as JavaPoet names): the writer runs on helper
     * threads, which must not ask javac anything; the elements and mirrors are for diagnostics.
     *
     * @param element     the method, for diagnostics
     * @param declaredIn  the interface that declares it (the {@code @Finders} interface or one it extends)
     * @param declaredInName the name of that interface
     * @param name        its name
     * @param returns     what it returns
     * @param returnType  its return type as declared
     * @param generic     whether it declares type parameters
     * @param varargs     whether its last parameter is a variable arity one
     * @param parameters  its parameters
     * @param where       the {@code @Where} text, or empty
     * @param condition   the condition parsed, or null when there is none or it does not parse
     * @param whereError  why the condition does not parse, or null
     * @param whereMirror the {@code @Where} annotation, or null
     * @param orderBy     the {@code @OrderBy} text, or empty
     * @param order       the order parsed (empty when there is none or it does not parse)
     * @param orderError  why the order does not parse, or null
     * @param orderMirror the {@code @OrderBy} annotation, or null
     */
    public record Method(ExecutableElement element, TypeElement declaredIn, ClassName declaredInName, String name,
            Returns returns, TypeName returnType, boolean generic, boolean varargs, List<Parameter> parameters, String where,
            Condition condition, String whereError, AnnotationMirror whereMirror, String orderBy, List<Order> order,
            String orderError, AnnotationMirror orderMirror) {

        /** The {@code Paging} parameter, or null. */
        public Parameter paging() {
            return parameters.stream().filter(Parameter::paging).findFirst().orElse(null);
        }

        /** The parameter named {@code name}, or null. */
        public Parameter parameter(String name) {
            return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** The method in the user's terms, for example {@code ProfileFinders.inCity}. */
    public String describe(Method method) {
        return String.join(".", type.simpleNames()) + "." + method.name();
    }
}
