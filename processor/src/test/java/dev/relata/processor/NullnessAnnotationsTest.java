package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Generated DAOs and schemas are {@code @NullMarked} (JSpecify) where the user compiles with
 * JSpecify, and carry nothing of it where they do not: JSpecify stays a compile-time choice of the
 * user's, never a run-time dependency.
 */
class NullnessAnnotationsTest {
    private static final Source ACCOUNT = Source.model("shop.Account", """
            @Model
            public record Account(@Id long id, String email) {}
            """);
    private static final Source SETTINGS = Source.model("shop.Settings", """
            @Model
            public record Settings(@Id long id,
                    @OneToOneField(to = Account.class, onDelete = OnDelete.CASCADE) long account) {}
            """);

    @Test
    void withJSpecifyOnTheClassPathTheGeneratedTypesAreNullMarked() {
        Compilation compilation = compile(classPath(true));

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        for (String type : List.of("shop/SettingsDao", "shop/AccountDao", "shop/RelataSchema")) {
            String source = source(compilation, type);
            assertThat(source).contains("import org.jspecify.annotations.NullMarked;");
            assertThat(source).contains("\n@NullMarked\n");
        }
    }

    @Test
    void withoutJSpecifyTheGeneratedTypesCompileWithoutIt() {
        Compilation compilation = compile(classPath(false));

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(source(compilation, "shop/SettingsDao")).doesNotContain("jspecify");
        assertThat(source(compilation, "shop/RelataSchema")).doesNotContain("jspecify");
    }

    /**
     * An implementing method keeps its parameters' {@code @Nullable}, where the type is written and in
     * its arguments, also through a generic interface: in a {@code @NullMarked} DAO, a parameter
     * without it would be one that must not be null, which null checkers (NullAway) report on the
     * override, and which says the opposite of the interface in the IDE.
     */
    @Test
    void finderParametersKeepTheirNullableAnnotations() {
        Source named = Source.of("shop.Named", """
                package shop;

                import dev.relata.Where;
                import java.util.List;
                import java.util.Set;
                import org.jspecify.annotations.Nullable;

                public interface Named<T> {
                    @Where("email in :emails")
                    List<T> named(Set<? extends @Nullable String> emails);
                }
                """);
        Source finders = Source.of("shop.AccountFinders", """
                package shop;

                import dev.relata.Finders;
                import dev.relata.Where;
                import java.util.Collection;
                import java.util.List;
                import org.jspecify.annotations.Nullable;

                @Finders(Account.class)
                public interface AccountFinders extends Named<Account> {
                    @Where("email = :email")
                    List<Account> withEmail(@Nullable String email);

                    @Where("email in :emails")
                    long countIn(Collection<@Nullable String> emails);

                    @Where("email = :email")
                    boolean exists(String email);
                }
                """);

        Compilation compilation = Compiler.javac().withProcessors(new RelataProcessor()).withOptions("-Xlint:all", "-Werror")
                .withClasspath(classPath(true)).compile(Source.files(ACCOUNT, SETTINGS, named, finders));

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        String dao = source(compilation, "shop/AccountDao");
        assertThat(dao).contains("import org.jspecify.annotations.Nullable;");
        assertThat(dao).contains("public List<Account> withEmail(@Nullable String email) {");
        assertThat(dao).contains("public long countIn(Collection<@Nullable String> emails) {");
        assertThat(dao).contains("public List<Account> named(Set<? extends @Nullable String> emails) {");
        assertThat(dao).contains("public boolean exists(String email) {");
    }

    /**
     * A {@code @Nullable} that applies to declarations and to types both (JetBrains' since version 20)
     * is on the parameter and on its type, and for an array on the element type: written once.
     */
    @Test
    void aNullableOfDeclarationsAndTypesIsWrittenOnce() {
        Source nullable = Source.of("shop.ann.Nullable", """
                package shop.ann;

                import java.lang.annotation.ElementType;
                import java.lang.annotation.Target;

                @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
                public @interface Nullable {}
                """);
        Source blob = Source.model("shop.Blob", """
                @Model
                public record Blob(@Id long id, String email, byte[] data) {}
                """);
        Source finders = Source.of("shop.BlobFinders", """
                package shop;

                import dev.relata.Finders;
                import dev.relata.Where;
                import java.util.List;
                import shop.ann.Nullable;

                @Finders(Blob.class)
                public interface BlobFinders {
                    @Where("email = :email")
                    List<Blob> withEmail(@Nullable String email);

                    @Where("data = :data")
                    List<Blob> withData(@Nullable byte[] data);
                }
                """);

        // -processing: javac says no processor claims shop.ann.Nullable, true of any such annotation.
        Compilation compilation = Compiler.javac().withProcessors(new RelataProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .withClasspath(classPath(false)).compile(Source.files(nullable, blob, finders));

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        String dao = source(compilation, "shop/BlobDao");
        assertThat(dao).contains("public List<Blob> withEmail(@Nullable String email) {");
        assertThat(dao).contains("public List<Blob> withData(@Nullable byte[] data) {");
    }

    private static Compilation compile(List<File> classPath) {
        return Compiler.javac().withProcessors(new RelataProcessor()).withOptions("-Xlint:all", "-Werror")
                .withClasspath(classPath).compile(Source.files(ACCOUNT, SETTINGS));
    }

    /** The test's class path, with or without JSpecify's jar. */
    private static List<File> classPath(boolean withJSpecify) {
        List<File> path = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> withJSpecify || !entry.contains("jspecify"))
                .map(File::new)
                .toList();
        assertThat(path.stream().anyMatch(f -> f.getPath().contains("jspecify"))).isEqualTo(withJSpecify);
        return path;
    }

    private static String source(Compilation compilation, String type) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, type + ".java").orElseThrow();
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
