package dev.relata.processor.writing.code;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An annotation on a generated declaration: its type and its members' values, in order. */
public final class AnnotationSpec {
    final ClassName type;
    final Map<String, List<CodeBlock>> members;

    private AnnotationSpec(Builder builder) {
        this.type = builder.type;
        this.members = new LinkedHashMap<>(builder.members);
    }

    public static AnnotationSpec get(ClassName type) {
        return builder(type).build();
    }

    public static Builder builder(ClassName type) {
        return new Builder(type);
    }

    public static final class Builder {
        private final ClassName type;
        private final Map<String, List<CodeBlock>> members = new LinkedHashMap<>();

        private Builder(ClassName type) {
            this.type = type;
        }

        /** Adds a value to member {@code name}; a member given several values is written as an array. */
        public Builder addMember(String name, String format, Object... args) {
            members.computeIfAbsent(name, n -> new ArrayList<>()).add(CodeBlock.of(format, args));
            return this;
        }

        public AnnotationSpec build() {
            return new AnnotationSpec(this);
        }
    }
}
