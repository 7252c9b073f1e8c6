package dev.relata.processor.writing;

import com.palantir.javapoet.AnnotationSpec;

/** The {@code @Generated} annotation on every generated type: no date, so output is reproducible. */
final class Generated {
    static final String PROCESSOR = "dev.relata.processor.RelataProcessor";

    private Generated() {}

    static AnnotationSpec annotation() {
        return AnnotationSpec.builder(Types.GENERATED).addMember("value", "$S", PROCESSOR).build();
    }
}
