package dev.relata.processor.writing.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A generated top-level class: its Javadoc, annotations, modifiers, interfaces, fields and methods. */
public final class TypeSpec {
    final String name;
    final CodeBlock javadoc;
    final List<AnnotationSpec> annotations;
    final Set<Modifier> modifiers;
    final List<TypeName> superinterfaces;
    final List<FieldSpec> fields;
    final List<MethodSpec> methods;
    /** Simple names never imported in this class's file: names a type of its package already takes. */
    final Set<String> alwaysQualify;
    /**
     * The simple names of every top-level type of the package the class may refer to, or null when
     * not known.
     */
    final Set<String> packageTypes;
    /**
     * Simple names that members the class inherits take in its body (member types and constants of its
     * interfaces): a type whose name starts with one of these is always written by its canonical name.
     */
    final Set<String> inheritedNames;

    private TypeSpec(Builder builder) {
        this.name = builder.name;
        this.javadoc = builder.javadoc.build();
        this.annotations = List.copyOf(builder.annotations);
        this.modifiers = JavaSource.modifiers(builder.modifiers);
        this.superinterfaces = List.copyOf(builder.superinterfaces);
        this.fields = List.copyOf(builder.fields);
        this.methods = List.copyOf(builder.methods);
        this.alwaysQualify = Set.copyOf(builder.alwaysQualify);
        this.packageTypes = builder.packageTypes;
        this.inheritedNames = Set.copyOf(builder.inheritedNames);
    }

    public String name() {
        return name;
    }

    public static Builder classBuilder(String name) {
        return new Builder(name);
    }

    public static Builder classBuilder(ClassName name) {
        return new Builder(name.simpleName());
    }

    public Builder toBuilder() {
        Builder builder = new Builder(name);
        builder.javadoc.add(javadoc);
        builder.annotations.addAll(annotations);
        builder.modifiers.addAll(modifiers);
        builder.superinterfaces.addAll(superinterfaces);
        builder.fields.addAll(fields);
        builder.methods.addAll(methods);
        builder.alwaysQualify.addAll(alwaysQualify);
        builder.packageTypes = packageTypes;
        builder.inheritedNames.addAll(inheritedNames);
        return builder;
    }

    public static final class Builder {
        private final String name;
        private final CodeBlock.Builder javadoc = CodeBlock.builder();
        private final List<AnnotationSpec> annotations = new ArrayList<>();
        private final List<Modifier> modifiers = new ArrayList<>();
        private final List<TypeName> superinterfaces = new ArrayList<>();
        private final List<FieldSpec> fields = new ArrayList<>();
        private final List<MethodSpec> methods = new ArrayList<>();
        private final Set<String> alwaysQualify = new LinkedHashSet<>();
        private Set<String> packageTypes;
        private final Set<String> inheritedNames = new LinkedHashSet<>();

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

        public Builder addModifiers(Modifier... modifiers) {
            Collections.addAll(this.modifiers, modifiers);
            return this;
        }

        public Builder addSuperinterface(TypeName type) {
            superinterfaces.add(type);
            return this;
        }

        public Builder addField(FieldSpec field) {
            fields.add(field);
            return this;
        }

        public Builder addMethod(MethodSpec method) {
            methods.add(method);
            return this;
        }

        public Builder addMethods(Iterable<MethodSpec> methods) {
            methods.forEach(this.methods::add);
            return this;
        }

        /** Never imports a type of one of these simple names: they are written qualified. */
        public Builder alwaysQualify(String... simpleNames) {
            Collections.addAll(alwaysQualify, simpleNames);
            return this;
        }

        /**
         * Every top-level type of the package that the class may refer to, by simple name: the types there
         * are and the ones being generated there. More is harmless. Given this, a type of another package
         * is imported at once when no type of the package has its simple name, without first walking the
         * whole class for the package's types it names.
         */
        public Builder packageTypes(Set<String> simpleNames) {
            this.packageTypes = Set.copyOf(simpleNames);
            return this;
        }

        /**
         * Simple names of members the class inherits from its interfaces (member types and constants),
         * which hide the types of those names: such types are written by their canonical names, even
         * those of the class's own package.
         */
        public Builder inheritedNames(Collection<String> simpleNames) {
            inheritedNames.addAll(simpleNames);
            return this;
        }

        public TypeSpec build() {
            return new TypeSpec(this);
        }
    }
}
