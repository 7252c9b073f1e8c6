package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles sources with the processor the way users do, and checks what every compilation must hold. */
final class Compilations {
    private Compilations() {}

    /**
     * A compilation and the sources the processor created in it, which compile-testing shows only
     * for compilations that succeed.
     */
    record Compiled(Compilation compilation, List<String> generatedTypes, List<JavaFileObject> generatedFiles) {
        boolean succeeded() {
            return compilation.status() == Compilation.Status.SUCCESS;
        }

        List<Diagnostic<? extends JavaFileObject>> diagnostics() {
            return compilation.diagnostics();
        }
    }

    /** Compiles with every lint warning on, as users' builds commonly have it. */
    static Compiled compile(Source... sources) {
        return compile(List.of("-Xlint:all"), sources);
    }

    /** Compiles with warnings as errors: valid models and their generated code must not warn. */
    static Compiled compileStrictly(Source... sources) {
        return compile(List.of("-Xlint:all", "-Werror"), sources);
    }

    static Compiled compileStrictly(JavaFileObject... files) {
        return compile(List.of("-Xlint:all", "-Werror"), files);
    }

    static Compiled compile(List<String> options, Source... sources) {
        return compile(options, Source.files(sources));
    }

    static Compiled compile(List<String> options, JavaFileObject... files) {
        return compile(Compiler.javac(), options, files);
    }

    /** Compiles with {@code jar}, a library of compiled models, on the class path. */
    static Compiled compileAgainst(Path jar, List<String> options, Source... sources) {
        return compile(withLibrary(jar), options, Source.files(sources));
    }

    /** javac with {@code jar} on the class path, beside this module's own class path. */
    static Compiler withLibrary(Path jar) {
        List<File> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        classPath.add(jar.toFile());
        return Compiler.javac().withClasspath(classPath);
    }

    private static Compiled compile(Compiler compiler, List<String> options, JavaFileObject... files) {
        RecordingProcessor processor = new RecordingProcessor();
        Compilation compilation = compiler.withProcessors(processor).withOptions(options).compile(files);
        return new Compiled(compilation, processor.generatedTypes(), processor.generatedFiles());
    }

    /**
     * Compiles a library of models as a build without Relata's processor does ({@code -proc:none}),
     * so that nothing checked them, into the jar {@code jar}.
     */
    static Path compileLibrary(Path jar, Source... sources) throws IOException {
        Compilation library = Compiler.javac().withOptions("-proc:none").compile(Source.files(sources));
        CompilationSubject.assertThat(library).succeeded();
        String output = "/" + javax.tools.StandardLocation.CLASS_OUTPUT.getName() + "/";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (JavaFileObject file : library.generatedFiles()) {
                String path = file.toUri().getPath();
                if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains(output)) {
                    out.putNextEntry(new JarEntry(path.substring(path.indexOf(output) + output.length())));
                    try (var in = file.openInputStream()) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    /**
     * Compiles with the processor given javac's own processing environment, as plain javac and
     * Maven give it. {@link RecordingProcessor} wraps the environment (as Gradle's incremental
     * processing does), which hides javac's {@code Trees}: the checks that need a model's source
     * file are tested here. Generated types are known only when the compilation succeeds.
     */
    static Compiled compileUnwrapped(List<String> options, Source... sources) {
        return compileUnwrapped(Compiler.javac(), options, sources);
    }

    static Compiled compileUnwrapped(Compiler compiler, List<String> options, Source... sources) {
        Compilation compilation = compiler.withProcessors(new RelataProcessor()).withOptions(options)
                .compile(Source.files(sources));
        List<JavaFileObject> generated = compilation.status() == Compilation.Status.SUCCESS
                ? compilation.generatedSourceFiles() : List.of();
        return new Compiled(compilation, List.of(), generated);
    }

    static CompilationSubject assertThat(Compiled compiled) {
        return CompilationSubject.assertThat(compiled.compilation());
    }

    /** Asserts that no DAO was generated for the model {@code qualifiedName}. */
    static void assertNoDao(Compiled compiled, String qualifiedName) {
        assertWithMessage("the generated sources, which must not include a DAO for the broken %s", qualifiedName)
                .that(compiled.generatedTypes())
                .doesNotContain(qualifiedName + "Dao");
    }

    /**
     * Asserts what holds for any compilation, however broken its input: every error and every
     * warning of the processor is in a source file at a line (so that IDEs and javac show it), none
     * is an internal error of the processor, and the generated code has no error and no warning.
     */
    static void assertWellReported(Compiled compiled) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : compiled.diagnostics()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            if (diagnostic.getSource() != null) {
                assertWithMessage("a diagnostic in generated code: %s", message)
                        .that(compiled.generatedFiles().stream()
                                .anyMatch(generated -> generated.toUri().equals(diagnostic.getSource().toUri())))
                        .isFalse();
            }
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR && !isRelata(diagnostic)) {
                continue;
            }
            assertWithMessage("an internal error").that(message).doesNotContain("[relata:internal-error]");
            assertWithMessage("no source file for: %s", message).that(diagnostic.getSource()).isNotNull();
            assertWithMessage("no line for: %s", message).that(diagnostic.getLineNumber()).isGreaterThan(0L);
        }
    }

    static boolean isRelata(Diagnostic<?> diagnostic) {
        return diagnostic.getMessage(Locale.ROOT).startsWith("[relata:");
    }

    /**
     * Asserts that the compilation failed with errors of {@code tag} only, reported well: a mistake
     * gets one clear diagnostic, not a cascade.
     */
    static void assertOnlyErrors(Compiled compiled, String tag) {
        assertWellReported(compiled);
        assertWithMessage("the compilation's status").that(compiled.compilation().status())
                .isEqualTo(Compilation.Status.FAILURE);
        for (Diagnostic<? extends JavaFileObject> error : compiled.compilation().errors()) {
            assertWithMessage("an error besides [%s]", tag).that(error.getMessage(Locale.ROOT)).startsWith("[" + tag + "]");
        }
    }
}
