package dev.relata.processor.validation;

import dev.relata.processor.model.Component;
import dev.relata.processor.model.SqlType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** What the checks need to know of an enum column's type. */
final class Enums {
    private Enums() {}

    /** The enum type of an enum component. */
    static Optional<TypeElement> type(Component component) {
        if (component.sqlType() == SqlType.ENUM && component.element().asType() instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement type) {
            return Optional.of(type);
        }
        return Optional.empty();
    }

    /** The constants of an enum component, or an empty list. */
    static List<String> constants(Component component) {
        return type(component).map(type -> type.getEnclosedElements().stream()
                        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                        .map(e -> e.getSimpleName().toString())
                        .toList())
                .orElse(List.of());
    }
}
