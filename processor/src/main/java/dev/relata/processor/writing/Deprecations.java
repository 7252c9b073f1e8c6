package dev.relata.processor.writing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The deprecation warnings javac would give generated code that uses some types, so that the
 * generated class suppresses them and compiles without warnings, as users' {@code -Werror} builds
 * need: a model, or a column type, that its user has deprecated is still one the DAO must use.
 *
 * <p>A record counts with its enclosing types, its canonical constructor, and its components'
 * accessors and types; an interface (a {@code @Finders} one) with its methods, their parameter and
 * return types, and its superinterfaces. Asked on javac's thread.
 */
public final class Deprecations {
    /** The {@code @SuppressWarnings} names: javac's lint keys. */
    private enum Warning {
        DEPRECATION("deprecation"),
        REMOVAL("removal");

        final String key;

        Warning(String key) {
            this.key = key;
        }
    }

    private final Elements elements;

    public Deprecations(Elements elements) {
        this.elements = elements;
    }

    /** The lint keys to suppress in code that uses these types: {@code deprecation}, {@code removal}, both or none. */
    public List<String> warnings(Iterable<? extends Element> used) {
        Set<Warning> found = EnumSet.noneOf(Warning.class);
        Set<Element> seen = new HashSet<>();
        for (Element element : used) {
            if (element instanceof TypeElement type) {
                type(type, found, seen);
            }
        }
        List<String> keys = new ArrayList<>(found.size());
        for (Warning warning : found) {
            keys.add(warning.key);
        }
        return keys;
    }

    private void type(TypeElement type, Set<Warning> found, Set<Element> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Element enclosing = type; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
            check(enclosing, found);
        }
        if (type.getKind() == ElementKind.RECORD) {
            List<? extends RecordComponentElement> components = type.getRecordComponents();
            for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
                if (constructor.getParameters().size() == components.size()) {
                    check(constructor, found);
                }
            }
            for (RecordComponentElement component : components) {
                check(component, found);
                if (component.getAccessor() != null) {
                    check(component.getAccessor(), found);
                }
                typeUse(component.asType(), found);
            }
        } else if (type.getKind() == ElementKind.INTERFACE) {
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                check(method, found);
                typeUse(method.getReturnType(), found);
                for (VariableElement parameter : method.getParameters()) {
                    typeUse(parameter.asType(), found);
                }
            }
            // The DAO implements the methods a finder inherits too.
            for (TypeMirror superinterface : type.getInterfaces()) {
                if (superinterface.getKind() == TypeKind.DECLARED) {
                    type((TypeElement) ((DeclaredType) superinterface).asElement(), found, seen);
                    typeUse(superinterface, found);
                }
            }
        }
    }

    /** A type the code names: its class, the classes that enclose it, and its type arguments (and their bounds). */
    private void typeUse(TypeMirror type, Set<Warning> found) {
        if (type.getKind() == TypeKind.ARRAY) {
            typeUse(((ArrayType) type).getComponentType(), found);
        } else if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            for (Element enclosing = declared.asElement(); enclosing instanceof TypeElement;
                    enclosing = enclosing.getEnclosingElement()) {
                check(enclosing, found);
            }
            for (TypeMirror argument : declared.getTypeArguments()) {
                typeUse(argument, found);
            }
        } else if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType wildcard = (WildcardType) type;
            if (wildcard.getExtendsBound() != null) {
                typeUse(wildcard.getExtendsBound(), found);
            }
            if (wildcard.getSuperBound() != null) {
                typeUse(wildcard.getSuperBound(), found);
            }
        }
    }

    private void check(Element element, Set<Warning> found) {
        if (!elements.isDeprecated(element)) {
            return;
        }
        Deprecated deprecated = element.getAnnotation(Deprecated.class);
        found.add(deprecated != null && deprecated.forRemoval() ? Warning.REMOVAL : Warning.DEPRECATION);
    }
}
