package dev.relata.processor.diagnostics;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;

/**
 * Which source file an element was declared in, when the compiler says: javac's {@link Trees}
 * knows it for the sources being compiled, and JDK 18's {@code Elements.getFileObjectOf} knows it
 * where {@code Trees} cannot be had (a build tool that wraps the processing environment, as Gradle
 * does for incremental processors). Where neither answers, nothing is known, and the checks that
 * need a file name are skipped rather than guessed.
 */
public final class Sources {
    private final Trees trees;
    private final Elements elements;
    private final Method fileObjectOf;

    private Sources(Trees trees, Elements elements, Method fileObjectOf) {
        this.trees = trees;
        this.elements = elements;
        this.fileObjectOf = fileObjectOf;
    }

    public static Sources of(ProcessingEnvironment env) {
        Trees trees;
        try {
            trees = Trees.instance(env);
        } catch (IllegalArgumentException | LinkageError e) {
            trees = null; // not javac, or javac's environment behind a wrapper
        }
        Method fileObjectOf;
        try {
            fileObjectOf = Elements.class.getMethod("getFileObjectOf", Element.class);
        } catch (NoSuchMethodException e) {
            fileObjectOf = null; // JDK 17
        }
        return new Sources(trees, env.getElementUtils(), fileObjectOf);
    }

    /** Knows nothing: for a compiler that says nothing about files. */
    public static Sources unknown() {
        return new Sources(null, null, null);
    }

    /**
     * The source file that declares the type, when the type is being compiled now and the compiler
     * says which file it is; empty for a type read from the class path, or when that is not known.
     */
    public Optional<JavaFileObject> sourceFile(TypeElement type) {
        TypeElement top = topLevel(type);
        if (trees != null) {
            try {
                TreePath path = trees.getPath(top);
                return path == null ? Optional.empty() : Optional.ofNullable(path.getCompilationUnit().getSourceFile());
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // an element of another compiler's making
            }
        }
        return fileObject(top).filter(f -> f instanceof JavaFileObject j && j.getKind() == JavaFileObject.Kind.SOURCE)
                .map(JavaFileObject.class::cast);
    }

    /**
     * True when the element is known to be declared in a source being compiled now; false for an
     * element of a class file (a library's), and when the compiler does not say.
     */
    public boolean inCompilation(Element element) {
        TypeElement top = topLevel(element);
        return top != null && sourceFile(top).isPresent();
    }

    private Optional<FileObject> fileObject(TypeElement type) {
        if (fileObjectOf == null || elements == null || type == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((FileObject) fileObjectOf.invoke(elements, type));
        } catch (IllegalAccessException | InvocationTargetException | ClassCastException e) {
            // UnsupportedOperationException from an Elements that is not javac's, or a wrapper refusing.
            return Optional.empty();
        }
    }

    private static TypeElement topLevel(Element element) {
        TypeElement top = null;
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type) {
                top = type;
            }
        }
        return top;
    }
}
