package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import dev.relata.processor.condition.Condition;
import dev.relata.processor.condition.ConditionParser;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * A {@code @OneToOneField} or a {@code @ForeignKey}: the relation's name, its target, and its
 * options as written.
 *
 * @param many           true for a {@code @ForeignKey} (many rows may link to one target), false for
 *                       a one-to-one link
 * @param relation       the relation's name: the component's name without a trailing {@code Id}
 * @param target         the target model
 * @param onDelete       the delete rule
 * @param relatedName    the reverse accessor's name as written, or empty for the default
 * @param limitChoicesTo the condition as written, or empty
 * @param condition      the condition parsed, or null when there is none or it does not parse
 * @param conditionError why the condition does not parse, or null
 * @param mirror         the annotation, for positioning diagnostics in this round
 */
public record Link(boolean many, String relation, ClassName target, OnDeleteRule onDelete, String relatedName,
        String limitChoicesTo, Condition condition, String conditionError, AnnotationMirror mirror) {

    /** A link whose {@code limitChoicesTo} is parsed here, once, for the validator and the writers. */
    public static Link of(boolean many, String relation, ClassName target, OnDeleteRule onDelete, String relatedName,
            String limitChoicesTo, AnnotationMirror mirror) {
        Condition condition = null;
        String error = null;
        if (!limitChoicesTo.isEmpty()) {
            try {
                condition = ConditionParser.parse(limitChoicesTo);
            } catch (ConditionParser.SyntaxError e) {
                error = e.getMessage();
            }
        }
        return new Link(many, relation, target, onDelete, relatedName, limitChoicesTo, condition, error, mirror);
    }

    /** The parsed {@code limitChoicesTo}, when there is one and it parses. */
    public Optional<Condition> choices() {
        return Optional.ofNullable(condition);
    }

    /** The annotation as written in source: {@code @ForeignKey} or {@code @OneToOneField}. */
    public String annotation() {
        return many ? "@ForeignKey" : "@OneToOneField";
    }

    /** True when {@code relatedName = "+"} (or ends with {@code +}): no reverse accessor. */
    public boolean hidden() {
        return relatedName.endsWith("+");
    }
}
