package dev.relata.processor.parsing;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads Relata's annotations by qualified name, so the processor needs no runtime classes. */
public final class Annotations {
    public static final String MODEL = "dev.relata.Model";
    public static final String ID = "dev.relata.Id";
    public static final String ONE_TO_ONE = "dev.relata.OneToOneField";
    public static final String FOREIGN_KEY = "dev.relata.ForeignKey";
    public static final String PARENT = "dev.relata.Parent";
    public static final String DISTRIBUTED = "dev.relata.Distributed";
    public static final String COLUMN = "dev.relata.Column";
    public static final String DEFAULT = "dev.relata.Default";
    public static final String FINDERS = "dev.relata.Finders";
    public static final String WHERE = "dev.relata.Where";
    public static final String ORDER_BY = "dev.relata.OrderBy";
    public static final String PAGING = "dev.relata.Paging";

    private Annotations() {}

    public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The value as written, or null when the annotation leaves it to its default. */
    public static AnnotationValue explicit(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The value, written or defaulted. */
    public static AnnotationValue value(Elements elements, AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException("No element " + name + " in " + mirror);
    }

    public static String string(Elements elements, AnnotationMirror mirror, String name) {
        return String.valueOf(value(elements, mirror, name).getValue());
    }
}
