package dev.relata.processor.writing.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A method or constructor of a generated class. */
public final class MethodSpec {
    /** The name every constructor is built with. */
    static final String CONSTRUCTOR = "<init>";

    final String name;
    final CodeBlock javadoc;
    final List<AnnotationSpec> annotations;
    final Set<Modifier> modifiers;
    final TypeName returnType;
    final List<Parameter> parameters;
    final boolean varargs;
    final List<TypeName> exceptions;
    final CodeBlock code;

    /** A parameter: its annotations, type, name and modifiers ({@code final}). */
    record Parameter(List<AnnotationSpec> annotations, TypeName type, String name, Set<Modifier> modifiers) {}

    private MethodSpec(Builder builder) {
        this.name = builder.name;
        this.javadoc = builder.javadoc.build();
        this.annotations = List.copyOf(builder.annotations);
        this.modifiers = JavaSource.modifiers(builder.modifiers);
        this.returnType = builder.returnType;
        this.parameters = List.copyOf(builder.parameters);
        this.varargs = builder.varargs;
        this.exceptions = List.copyOf(builder.exceptions);
        this.code = builder.code.build();
        if (varargs && (parameters.isEmpty() || !(parameters.get(parameters.size() - 1).type()
                instanceof com.palantir.javapoet.ArrayTypeName))) {
            throw new IllegalArgumentException("last parameter of varargs method " + name + " must be an array");
        }
    }

    public String name() {
        return name;
    }

    boolean isConstructor() {
        return name.equals(CONSTRUCTOR);
    }

    public static Builder methodBuilder(String name) {
        return new Builder(name);
    }

    public static Builder constructorBuilder() {
        return new Builder(CONSTRUCTOR);
    }

    public static final class Builder {
        private final String name;
        private final CodeBlock.Builder javadoc = CodeBlock.builder();
        private final List<AnnotationSpec> annotations = new ArrayList<>();
        private final List<Modifier> modifiers = new ArrayList<>();
        private TypeName returnType = TypeName.VOID;
        private final List<Parameter> parameters = new ArrayList<>();
        private boolean varargs;
        private final List<TypeName> exceptions = new ArrayList<>();
        private final CodeBlock.Builder code = CodeBlock.builder();

        private Builder(String name) {
            this.name = name;
        }

        public Builder addJavadoc(String format, Object... args) {
            javadoc.add(format, args);
            return this;
        }

        public Builder addJavadoc(CodeBlock block) {
            javadoc.add(block);
            return this;
        }

        public Builder addAnnotation(AnnotationSpec annotation) {
            annotations.add(annotation);
            return this;
        }

        public Builder addAnnotation(ClassName annotation) {
            return addAnnotation(AnnotationSpec.get(annotation));
        }

        public Builder addAnnotation(Class<?> annotation) {
            return addAnnotation(ClassName.get(annotation));
        }

        public Builder addModifiers(Modifier... modifiers) {
            Collections.addAll(this.modifiers, modifiers);
            return this;
        }

        public Builder returns(TypeName type) {
            this.returnType = type;
            return this;
        }

        public Builder returns(Type type) {
            return returns(TypeName.get(type));
        }

        public Builder addParameter(TypeName type, String name, Modifier... modifiers) {
            parameters.add(new Parameter(List.of(), type, name,
                    JavaSource.modifiers(List.of(modifiers))));
            return this;
        }

        /** Adds a parameter with annotations of its declaration, such as {@code @Nullable}. */
        public Builder addParameter(List<AnnotationSpec> annotations, TypeName type, String name) {
            parameters.add(new Parameter(List.copyOf(annotations), type, name, Set.of()));
            return this;
        }

        public Builder addParameter(Type type, String name, Modifier... modifiers) {
            return addParameter(TypeName.get(type), name, modifiers);
        }

        /** Whether the last parameter, an array, is declared as varargs. */
        public Builder varargs(boolean varargs) {
            this.varargs = varargs;
            return this;
        }

        public Builder addException(TypeName exception) {
            exceptions.add(exception);
            return this;
        }

        public Builder addException(Type exception) {
            return addException(TypeName.get(exception));
        }

        public Builder addCode(String format, Object... args) {
            code.add(format, args);
            return this;
        }

        public Builder addCode(CodeBlock block) {
            code.add(block);
            return this;
        }

        /** A line comment, {@code // text}. */
        public Builder addComment(String format, Object... args) {
            code.add("// " + format + "\n", args);
            return this;
        }

        public Builder addStatement(String format, Object... args) {
            code.addStatement(format, args);
            return this;
        }

        public Builder addStatement(CodeBlock block) {
            code.addStatement(block);
            return this;
        }

        public Builder beginControlFlow(String controlFlow, Object... args) {
            code.beginControlFlow(controlFlow, args);
            return this;
        }

        public Builder nextControlFlow(String controlFlow, Object... args) {
            code.nextControlFlow(controlFlow, args);
            return this;
        }

        public Builder endControlFlow() {
            code.endControlFlow();
            return this;
        }

        public Builder endControlFlow(String controlFlow, Object... args) {
            code.endControlFlow(controlFlow, args);
            return this;
        }

        public MethodSpec build() {
            return new MethodSpec(this);
        }
    }
}
