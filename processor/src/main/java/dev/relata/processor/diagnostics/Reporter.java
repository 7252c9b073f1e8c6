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
 * models have errors, and honours {@code @SuppressWarnings("relata:<tag>")} for warnings. What is
 * wrong with a model compiled before (from a library on the class path) is reported where the
 * compilation uses it: see {@link #forCompiledModel}.
 */
public final class Reporter {
    /** What every view of one round's reporting shares. */
    private static final class Tally {
        final Set<String> erroneousModels = new HashSet<>();
        int errors;
    }

    /**
     * Where the sources being compiled use a compiled model: the component that links to it or
     * inherits from it, and how to say so.
     */
    private record UseSite(Element element, AnnotationMirror mirror, String usedBy) {}

    private final Messager messager;
    private final Sources sources;
    private final Tally tally;
    private final UseSite useSite;

    public Reporter(Messager messager, Sources sources) {
        this(messager, sources, new Tally(), null);
    }

    private Reporter(Messager messager, Sources sources, Tally tally, UseSite useSite) {
        this.messager = messager;
        this.sources = sources;
        this.tally = tally;
        this.useSite = useSite;
    }

    /**
     * A reporter for a model read from the class path, compiled without Relata's checks (a library
     * built with {@code -proc:none}): javac can show no line of a class file, so a diagnostic on an
     * element outside the sources being compiled goes to {@code useSite}, the component of the
     * compilation that links to or inherits from the model, and names the compiled element, as
     * Dagger does for an error whose element lies outside the compilation. Errors count for both
     * models, so that neither is generated.
     *
     * @param useSite the component being compiled
     * @param mirror  its annotation to point at, or null
     * @param usedBy  how the model is used, for example {@code Pet.owner}
     */
    public Reporter forCompiledModel(Element useSite, AnnotationMirror mirror, String usedBy) {
        return new Reporter(messager, sources, tally, new UseSite(useSite, mirror, usedBy));
    }

    public void report(Message message, Element element, Object... args) {
        report(message, element, null, null, args);
    }

    /** Reports a message that concerns no element of the sources, such as a file of the schema folder. */
    public void reportWithoutElement(Message message, Object... args) {
        if (message.kind() == Diagnostic.Kind.ERROR) {
            tally.errors++;
        }
        messager.printMessage(message.kind(), message.format(args));
    }

    public void report(Message message, Element element, AnnotationMirror mirror, Object... args) {
        report(message, element, mirror, null, args);
    }

    /** Reports on the annotation value when there is one, else on the annotation, else the element. */
    public void report(Message message, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
        if (useSite != null && !sources.inCompilation(element)) {
            reportAtUseSite(message, element, args);
            return;
        }
        if (message.kind() == Diagnostic.Kind.WARNING && suppressed(message, element)) {
            return;
        }
        if (message.kind() == Diagnostic.Kind.ERROR) {
            tally.errors++;
            markErroneous(element);
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

    private void reportAtUseSite(Message message, Element element, Object[] args) {
        if (message.kind() == Diagnostic.Kind.WARNING
                && (suppressed(message, element) || suppressed(message, useSite.element()))) {
            return;
        }
        if (message.kind() == Diagnostic.Kind.ERROR) {
            tally.errors++;
            markErroneous(element);
            markErroneous(useSite.element());
        }
        TypeElement model = modelOf(element);
        String where = describe(element) + (model == null || model == element ? ", a compiled model" : ", in the compiled model "
                + model.getQualifiedName()) + " used by " + useSite.usedBy();
        String text = message.formatOutside(where, args);
        Element at = positioned(useSite.element());
        if (useSite.mirror() != null) {
            messager.printMessage(message.kind(), text, at, useSite.mirror());
        } else {
            messager.printMessage(message.kind(), text, at);
        }
    }

    private void markErroneous(Element element) {
        TypeElement model = modelOf(element);
        if (model != null) {
            tally.erroneousModels.add(model.getQualifiedName().toString());
        }
    }

    /** The element in the user's terms: {@code lib.Owner.person} for a component. */
    private static String describe(Element element) {
        if (element instanceof TypeElement type) {
            return type.getQualifiedName().toString();
        }
        TypeElement model = modelOf(element);
        return model == null ? element.getSimpleName().toString()
                : model.getQualifiedName() + "." + element.getSimpleName();
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
        tally.erroneousModels.add(model.getQualifiedName().toString());
    }

    /** True when an error was reported on the model or one of its components. */
    public boolean hasErrors(String qualifiedModelName) {
        return tally.erroneousModels.contains(qualifiedModelName);
    }

    public int errorCount() {
        return tally.errors;
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
