package dev.relata.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A Java source to compile, with the positions of its fragments, so that a test says where a
 * diagnostic belongs ({@code profile.line("long user")}) rather than counting lines.
 *
 * @param file the compilable file; compile-testing identifies diagnostics' files by it
 * @param text its text
 */
record Source(JavaFileObject file, String text) {

    /** The header every {@link #model} source starts with. */
    private static final String IMPORTS = "import dev.relata.*;\n\n";

    /**
     * A source in the package of {@code qualifiedName}, importing {@code dev.relata.*}; {@code body}
     * declares the top-level type.
     */
    static Source model(String qualifiedName, String body) {
        int dot = qualifiedName.lastIndexOf('.');
        String header = dot < 0 ? IMPORTS : "package " + qualifiedName.substring(0, dot) + ";\n\n" + IMPORTS;
        return of(qualifiedName, header + body);
    }

    /** A source whose text is given whole. */
    static Source of(String qualifiedName, String text) {
        return new Source(JavaFileObjects.forSourceString(qualifiedName, text), text);
    }

    /** The 1-based line of the only occurrence of {@code fragment}. */
    long line(String fragment) {
        int at = only(fragment);
        return text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based column of the only occurrence of {@code fragment}. */
    long column(String fragment) {
        int at = only(fragment);
        return at - text.lastIndexOf('\n', at - 1);
    }

    private int only(String fragment) {
        int at = text.indexOf(fragment);
        if (at < 0 || text.indexOf(fragment, at + 1) >= 0) {
            throw new IllegalArgumentException("`" + fragment + "` does not occur exactly once in " + file.getName());
        }
        return at;
    }

    static JavaFileObject[] files(Source... sources) {
        List<JavaFileObject> files = new ArrayList<>();
        for (Source source : sources) {
            files.add(source.file());
        }
        return files.toArray(JavaFileObject[]::new);
    }
}
