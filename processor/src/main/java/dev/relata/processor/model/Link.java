package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.AnnotationMirror;

/**
 * A {@code @OneToOneField}: the relation's name, its target, and its options as written.
 *
 * @param relation       the relation's name: the component's name without a trailing {@code Id}
 * @param target         the target model
 * @param onDelete       the delete rule
 * @param relatedName    the reverse accessor's name as written, or empty for the default
 * @param limitChoicesTo the condition as written, or empty
 * @param mirror         the annotation, for positioning diagnostics in this round
 */
public record Link(String relation, ClassName target, OnDeleteRule onDelete, String relatedName,
        String limitChoicesTo, AnnotationMirror mirror) {

    /** True when {@code relatedName = "+"} (or ends with {@code +}): no reverse accessor. */
    public boolean hidden() {
        return relatedName.endsWith("+");
    }
}
