package dev.relata.processor.writing.code;

import com.palantir.javapoet.TypeName;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A field of a generated class. */
public final class FieldSpec {
    final TypeName type;
    final String name;
    final CodeBlock javadoc;
    final List<AnnotationSpec> annotations;
    final Set<Modifier> modifiers;
    final CodeBlock initializer;

    private FieldSpec(Builder builder) {
        this.type = builder.type;
        this.name = builder.name;
        this.javadoc = builder.javadoc.build();
        this.annotations = List.copyOf(builder.annotations);
        this.modifiers = JavaSource.modifiers(builder.modifiers);
        this.initializer = builder.initializer;
    }

    public String name() {
        return name;
    }

    public static Builder builder(TypeName type, String name, Modifier... modifiers) {
        return new Builder(type, name).addModifiers(modifiers);
    }

    public static Builder builder(Type type, String name, Modifier... modifiers) {
        return builder(TypeName.get(type), name, modifiers);
    }

    public static final class Builder {
        private final TypeName type;
        private final String name;
        private final CodeBlock.Builder javadoc = CodeBlock.builder();
        private final List<AnnotationSpec> annotations = new ArrayList<>();
        private final List<Modifier> modifiers = new ArrayList<>();
        private CodeBlock initializer;

        private Builder(TypeName type, String name) {
            this.type = type;
            this.name = name;
        }

        public Builder addJavadoc(String format, Object... args) {
            javadoc.add(format, args);
            return this;
        }

        public Builder addAnnotation(AnnotationSpec annotation) {
            annotations.add(annotation);
            return this;
        }

        public Builder addModifiers(Modifier... modifiers) {
            Collections.addAll(this.modifiers, modifiers);
            return this;
        }

        public Builder initializer(String format, Object... args) {
            return initializer(CodeBlock.of(format, args));
        }

        public Builder initializer(CodeBlock initializer) {
            this.initializer = initializer;
            return this;
        }

        public FieldSpec build() {
            return new FieldSpec(this);
        }
    }
}
