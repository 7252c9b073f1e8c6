package dev.relata.processor.diagnostics;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports {@link Message}s on the element, annotation and value they are about, remembers which
 * models have errors, and honours {@code @SuppressWarnings("relata:<tag>")} for warnings.
 */
public final class Reporter {
    private final Messager messager;
    private final Set<String> erroneousModels = new HashSet<>();
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    public void report(Message message, Element element, Object... args) {
        report(message, element, null, null, args);
    }

    /** Reports a message that concerns no element of the sources, such as a file of the schema folder. */
    public void reportWithoutElement(Message message, Object... args) {
        if (message.kind() == Diagnostic.Kind.ERROR) {
            errors++;
        }
        messager.printMessage(message.kind(), message.format(args));
    }

    public void report(Message message, Element element, AnnotationMirror mirror, Object... args) {
        report(message, element, mirror, null, args);
    }

    /** Reports on the annotation value when there is one, else on the annotation, else the element. */
    public void report(Message message, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
        if (message.kind() == Diagnostic.Kind.WARNING && suppressed(message, element)) {
            return;
        }
        if (message.kind() == Diagnostic.Kind.ERROR) {
            errors++;
            TypeElement model = modelOf(element);
            if (model != null) {
                erroneousModels.add(model.getQualifiedName().toString());
            }
        }
        String text = message.format(args);
        Element at = positioned(element);
        if (value != null) {
            messager.printMessage(message.kind(), text, at, mirror, value);
        } else if (mirror != null) {
            messager.printMessage(message.kind(), text, at, mirror);
        } else {
            messager.printMessage(message.kind(), text, at);
        }
    }

    /**
     * The element to report on so that javac shows the source line. JDK 17's javac finds no source
     * position for a record component, and would print the message without file or line; the
     * component's field is declared by the same source in the record header, and carries the same
     * annotations.
     */
    private static Element positioned(Element element) {
        if (element instanceof RecordComponentElement component) {
            for (Element member : component.getEnclosingElement().getEnclosedElements()) {
                if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(component.getSimpleName())) {
                    return member;
                }
            }
        }
        return element;
    }

    /**
     * Records that javac itself rejects the model (an error of the Java language, reported by
     * javac), so that nothing is generated for it, without a second message.
     */
    public void rejectedByJavac(TypeElement model) {
        erroneousModels.add(model.getQualifiedName().toString());
    }

    /** True when an error was reported on the model or one of its components. */
    public boolean hasErrors(String qualifiedModelName) {
        return erroneousModels.contains(qualifiedModelName);
    }

    public int errorCount() {
        return errors;
    }

    private static TypeElement modelOf(Element element) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type) {
                return type;
            }
        }
        return null;
    }

    private static boolean suppressed(Message message, Element element) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
            if (suppress == null && e instanceof RecordComponentElement component) {
                suppress = component.getAccessor() == null ? null : component.getAccessor().getAnnotation(SuppressWarnings.class);
            }
            if (suppress != null) {
                for (String name : suppress.value()) {
                    if (name.equals(message.tag()) || name.equals("relata")) {
                        return true;
                    }
                }
            }
            if (e.getKind() == ElementKind.PACKAGE) {
                break;
            }
        }
        return false;
    }
}
