package dev.relata.processor.writing;

import dev.relata.processor.writing.code.AnnotationSpec;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.JavaSource;
import dev.relata.processor.writing.code.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Every file the processor generates goes through here: Java sources with their originating
 * elements, {@code @Generated} where the code can read it, names qualified where a type of the
 * package would hide them, formatted the same way every time; and resources beside the classes.
 */
public final class SourceFiles {
    /** The value of every {@code @Generated}: no date, so that output is reproducible. */
    public static final String PROCESSOR = "dev.relata.processor.RelataProcessor";

    private static final String GENERATED = "javax.annotation.processing.Generated";
    private static final String JAVA_COMPILER = "java.compiler";
    private static final String NULL_MARKED = "org.jspecify.annotations.NullMarked";
    private static final String JSPECIFY = "org.jspecify";

    private final Filer filer;
    private final Elements elements;
    /** What {@link #readable} answered, by module (null for none) and annotation type. */
    private final Map<ModuleElement, Map<String, Boolean>> readableAnswers = new HashMap<>();
    /** The types of each package, by package: the same for every file written into it. */
    private final Map<String, PackageTypes> packageTypes = new HashMap<>();
    /** The types {@link #generating} declared, by package. */
    private final Map<String, Set<String>> generating = new HashMap<>();
    /** The files written and not yet handed to the filer. */
    private final List<Output> pending = new ArrayList<>();

    public SourceFiles(Filer filer, Elements elements) {
        this.filer = filer;
        this.elements = elements;
    }

    /**
     * What writing a type into the package needs to know from javac: whether {@code @Generated} and
     * {@code @NullMarked} are readable from the module of the first of {@code origins}, and the
     * package's types. Asked on javac's thread; {@link #render} may then run on any.
     */
    public Target target(String packageName, List<? extends Element> origins) {
        return target(packageName, origins, List.of());
    }

    /**
     * As {@link #target(String, List)}, for a type whose code gets these warnings from javac (lint keys,
     * see {@link Deprecations}), which it then suppresses.
     */
    public Target target(String packageName, List<? extends Element> origins, List<String> suppressed) {
        PackageTypes types = packageTypes.get(packageName);
        if (types == null) {
            types = new PackageTypes(packageName);
            packageTypes.put(packageName, types);
        }
        return new Target(packageName, readable(origins.get(0), GENERATED, JAVA_COMPILER),
                readable(origins.get(0), NULL_MARKED, JSPECIFY), types.existing, types.all, List.copyOf(suppressed));
    }

    /** What {@link #render} needs from javac, asked beforehand by {@link #target}. */
    public static final class Target {
        private final String packageName;
        private final boolean generatedReadable;
        private final boolean nullMarkedReadable;
        private final String[] existing;
        private final Set<String> all;
        /** The lint keys for {@code @SuppressWarnings}, in order: none for most types. */
        private final List<String> suppressed;

        private Target(String packageName, boolean generatedReadable, boolean nullMarkedReadable, String[] existing,
                Set<String> all, List<String> suppressed) {
            this.packageName = packageName;
            this.generatedReadable = generatedReadable;
            this.nullMarkedReadable = nullMarkedReadable;
            this.existing = existing;
            this.all = all;
            this.suppressed = suppressed;
        }

        public String packageName() {
            return packageName;
        }
    }

    /**
     * The source file of {@code type}, written in {@code buffer}: it asks nothing of javac, so that any
     * thread may write it (each with a buffer of its own).
     */
    public static String render(Target target, TypeSpec type, StringBuilder buffer) {
        TypeSpec.Builder builder = type.toBuilder();
        if (target.generatedReadable) {
            builder.addAnnotation(AnnotationSpec.builder(Types.GENERATED).addMember("value", "$S", PROCESSOR).build());
        } else {
            builder.addJavadoc("\n<p>Generated by {@code $L}.\n", PROCESSOR);
        }
        // JSpecify is a compile-time annotation library: the code is marked null-marked only where the
        // user compiles with it, so that nothing of it is needed at run time or by anyone else.
        if (target.nullMarkedReadable) {
            builder.addAnnotation(Types.NULL_MARKED);
        }
        // Models and column types the user deprecated are still used here: their warnings are the
        // user's to see where the user's code uses them, not in generated code.
        if (!target.suppressed.isEmpty()) {
            // One line, {"deprecation", "removal"}: as one member, not JavaPoet's line per element.
            CodeBlock keys = target.suppressed.size() == 1 ? CodeBlock.of("$S", target.suppressed.get(0))
                    : CodeBlock.of("{$L}", target.suppressed.stream().map(key -> CodeBlock.of("$S", key))
                            .collect(CodeBlock.joining(", ")));
            builder.addAnnotation(AnnotationSpec.builder(Types.SUPPRESS_WARNINGS).addMember("value", "$L", keys).build());
        }
        // A type of the package named like a type the code uses from elsewhere (a model called
        // String, List or Connection) hides that type's simple name: always qualify such names.
        builder.alwaysQualify(target.existing);
        if (target.all != null) {
            builder.packageTypes(target.all);
        }
        // Written into memory in one pass; handed to the filer in one piece by writeAll.
        return JavaSource.render(target.packageName, builder.build(), buffer);
    }

    /** Writes a source that {@link #render} made of a type named {@code typeName} (by {@link #writeAll}). */
    public void addSource(Target target, String source, String typeName, List<? extends Element> origins) {
        String name = target.packageName.isEmpty() ? typeName : target.packageName + "." + typeName;
        pending.add(new Output(null, name, source, List.copyOf(origins)));
    }

    /**
     * Declares a type that will be written into the package: with every type generated into a package
     * declared, its files are written without a walk over each class for the package's types it names
     * ({@link TypeSpec.Builder#packageTypes}). Best declared before the package's first file.
     */
    public void generating(String packageName, String simpleName) {
        if (generating.computeIfAbsent(packageName, p -> new HashSet<>()).add(simpleName)) {
            packageTypes.remove(packageName); // its names are looked up again, with this one
        }
    }

    /** The package's top-level types: those there are, and with the generated ones, all (when declared). */
    private final class PackageTypes {
        final String[] existing;
        final Set<String> all;

        PackageTypes(String packageName) {
            Set<String> names = packageTypeNames(packageName);
            existing = names.toArray(new String[0]);
            Set<String> generated = generating.get(packageName);
            if (generated != null) {
                names.addAll(generated);
                all = names;
            } else {
                all = null;
            }
        }
    }

    /**
     * A string literal, split after spaces into pieces joined by {@code +} where it is too long for
     * one line of generated code.
     */
    public static CodeBlock literal(String text) {
        if (text.length() <= LITERAL_LINE) {
            return CodeBlock.of("$S", text);
        }
        CodeBlock.Builder pieces = CodeBlock.builder();
        int start = 0;
        while (text.length() - start > LITERAL_LINE) {
            int cut = text.lastIndexOf(' ', start + LITERAL_PIECE);
            if (cut <= start) {
                cut = text.indexOf(' ', start + LITERAL_PIECE);
                if (cut < 0) {
                    break;
                }
            }
            pieces.add("$S$W+ ", text.substring(start, cut + 1));
            start = cut + 1;
        }
        return pieces.add("$S", text.substring(start)).build();
    }

    /** A string literal longer than this is split; its pieces are at most {@link #LITERAL_PIECE} long. */
    private static final int LITERAL_LINE = 90;
    private static final int LITERAL_PIECE = 80;

    /** Writes a text resource into the package's folder of the class output (by {@link #writeAll}). */
    public void writeResource(String packageName, String fileName, String text, List<? extends Element> origins) {
        pending.add(new Output(packageName, fileName, text, List.copyOf(origins)));
    }

    /**
     * Hands every file written so far to the filer, in the order they were written, and forgets them.
     * A file the filer refuses (an I/O error, a name another processor took) goes to {@code failed}
     * with the first of its originating elements; the others are still written.
     *
     * <p>The files are created one after another, after all the code is built, rather than one per
     * model as it is built: javac looks every new name up in every module of the compile, and it does
     * that much faster in one run than with the processor's own work between the lookups.
     */
    public void writeAll(BiConsumer<Element, RuntimeException> failed) {
        for (Output output : pending) {
            Element[] origins = output.origins().toArray(Element[]::new);
            try {
                FileObject file = output.packageName() == null
                        ? filer.createSourceFile(output.name(), origins)
                        : filer.createResource(StandardLocation.CLASS_OUTPUT, output.packageName(), output.name(),
                                origins);
                try (Writer writer = file.openWriter()) {
                    writer.write(output.text());
                }
            } catch (IOException | RuntimeException e) {
                failed.accept(output.origins().get(0),
                        new IllegalStateException("Cannot write " + output.name() + ": " + e.getMessage(), e));
            }
        }
        pending.clear();
    }

    /**
     * A file to write: a source by its type's qualified name ({@code packageName} null), or a resource
     * by package and file name.
     */
    private record Output(String packageName, String name, String text, List<Element> origins) {}

    /** The simple names of the package's top-level types: the models and anything else the user declares there. */
    private Set<String> packageTypeNames(String packageName) {
        Set<String> names = new TreeSet<>();
        PackageElement pkg = elements.getPackageElement(packageName);
        if (pkg != null) {
            for (Element member : pkg.getEnclosedElements()) {
                if (member instanceof TypeElement) {
                    names.add(member.getSimpleName().toString());
                }
            }
        }
        return names;
    }

    /**
     * Whether code in the element's module can read the annotation type {@code type} of module
     * {@code moduleName}: from the unnamed module when the type is on the class path; from a named
     * module only when it reads that module (directly, or through a {@code requires transitive}, as
     * {@code java.se} gives {@code java.compiler}).
     */
    private boolean readable(Element element, String type, String moduleName) {
        ModuleElement module = elements.getModuleOf(element);
        // Asked twice for every file, mostly of one module: plain lookups, no key or lambda made per question.
        Map<String, Boolean> answers = readableAnswers.get(module);
        if (answers == null) {
            answers = new HashMap<>();
            readableAnswers.put(module, answers);
        }
        Boolean answer = answers.get(type);
        if (answer == null) {
            answer = readable(module, type, moduleName);
            answers.put(type, answer);
        }
        return answer;
    }

    private boolean readable(ModuleElement module, String type, String moduleName) {
        if (module == null || module.isUnnamed()) {
            return elements.getTypeElement(type) != null;
        }
        Set<String> seen = new HashSet<>();
        Deque<ModuleElement> queue = new ArrayDeque<>();
        queue.add(module);
        boolean first = true;
        while (!queue.isEmpty()) {
            ModuleElement current = queue.removeFirst();
            if (!seen.add(current.getQualifiedName().toString())) {
                continue;
            }
            for (ModuleElement.Directive directive : current.getDirectives()) {
                if (directive instanceof ModuleElement.RequiresDirective requires
                        && (first || requires.isTransitive())) {
                    ModuleElement required = requires.getDependency();
                    if (required.getQualifiedName().contentEquals(moduleName)) {
                        return true;
                    }
                    if (required.getKind() == ElementKind.MODULE) {
                        queue.add(required);
                    }
                }
            }
            first = false;
        }
        return false;
    }
}
