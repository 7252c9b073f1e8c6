package dev.relata.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The floor for any annotation processor that generates Relata's output: on the first round it writes
 * the files the Relata processor wrote in an earlier compile (its sources and its SQL resources), read
 * into memory beforehand, through the same {@link javax.annotation.processing.Filer} calls, and computes
 * nothing. javac with it pays for everything a processor's output costs (the filer's checks, the extra
 * rounds that parse the new files and enter every tree again), without any processor's own work.
 */
final class ReplayProcessor extends AbstractProcessor {
    /** A generated file: a source by its type's qualified name, or a resource by package and relative name. */
    record Output(boolean source, String packageName, String name, String content) {}

    private final List<Output> outputs;
    private boolean written;

    ReplayProcessor(List<Output> outputs) {
        this.outputs = outputs;
    }

    /** The sources under {@code generatedSources} and the {@code .sql} resources under {@code classOutput}. */
    static List<Output> outputs(Path generatedSources, Path classOutput) throws IOException {
        try (Stream<Path> sources = Files.walk(generatedSources); Stream<Path> resources = Files.walk(classOutput)) {
            Stream<Output> javaFiles = sources.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> output(true, generatedSources, p));
            Stream<Output> sqlFiles = resources.filter(p -> p.toString().endsWith(".sql"))
                    .map(p -> output(false, classOutput, p));
            return Stream.concat(javaFiles, sqlFiles).sorted((a, b) -> (a.packageName() + a.name())
                    .compareTo(b.packageName() + b.name())).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Output output(boolean source, Path root, Path file) {
        Path relative = root.relativize(file);
        String packageName = relative.getParent() == null ? "" : relative.getParent().toString().replace('/', '.');
        String fileName = relative.getFileName().toString();
        String name = source ? fileName.substring(0, fileName.length() - ".java".length()) : fileName;
        try {
            return new Output(source, packageName, name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.relata.Model");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written || round.processingOver()) {
            return false;
        }
        written = true;
        try {
            for (Output output : outputs) {
                FileObject file = output.source()
                        ? processingEnv.getFiler().createSourceFile(output.packageName() + "." + output.name())
                        : processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, output.packageName(),
                                output.name());
                try (Writer writer = file.openWriter()) {
                    writer.write(output.content());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }
}
