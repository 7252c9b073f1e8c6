package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Records whose types another processor generates are read once those types exist, in a later
 * round, instead of being reported as broken.
 */
class DeferredTypesTest {

    /** Writes the given sources in its first round, as another annotation processor would. */
    private static final class Generating extends AbstractProcessor {
        private final String[][] sources;
        private boolean done;

        Generating(String[]... sources) {
            this.sources = sources;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (done) {
                return false;
            }
            done = true;
            for (String[] source : sources) {
                try (Writer writer = processingEnv.getFiler().createSourceFile(source[0]).openWriter()) {
                    writer.write(source[1]);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        }
    }

    private static final JavaFileObject PROFILE = JavaFileObjects.forSourceLines("test.Profile",
            "package test;",
            "",
            "import dev.relata.*;",
            "import test.generated.Mood;",
            "import test.generated.User;",
            "",
            "@Model",
            "public record Profile(",
            "        @Id long id,",
            "        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user,",
            "        Mood mood) {}");

    private static final String[] MOOD = {"test.generated.Mood",
        "package test.generated;\npublic enum Mood { HAPPY, GRUMPY }\n"};

    private static final String[] USER = {"test.generated.User",
        "package test.generated;\n@dev.relata.Model\npublic record User(@dev.relata.Id long id, String username) {}\n"};

    @Test
    void aModelWhoseTypesAnotherProcessorGeneratesIsGeneratedInALaterRound() {
        Compilation compilation = javac()
                .withProcessors(new Generating(MOOD, USER), new RelataProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(PROFILE);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ProfileDao").contentsAsUtf8String().contains("Jdbc.getEnum(rs, 3, Mood.class)");
        assertThat(compilation).generatedSourceFile("test.generated.UserDao")
                .contentsAsUtf8String().contains("public Optional<Profile> profile(User user)");
    }

    @Test
    void aTypeThatNeverAppearsIsReportedOnTheComponentWithoutAnInternalError() {
        Compilation compilation = javac()
                .withProcessors(new Generating(USER), new RelataProcessor())
                .compile(PROFILE);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Mood").inFile(PROFILE).onLine(4);
        assertTrue(compilation.diagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .noneMatch(d -> d.getMessage(null).contains("relata:internal-error")),
                () -> "internal error reported: " + compilation.diagnostics());
    }
    private static final JavaFileObject CARD = JavaFileObjects.forSourceLines("test.Card",
            "package test;",
            "",
            "import dev.relata.*;",
            "",
            "@Model",
            "public record Card(@Id long id, String title) {}");

    /**
     * A model another processor generates into a package whose files Relata wrote in an earlier round
     * (its RelataSchema could not be written again with the new table): a positioned error, not an
     * internal one, and no second attempt at the package's files.
     */
    @Test
    void aModelGeneratedIntoAPackageWrittenInAnEarlierRoundIsAnError() {
        String[] account = {"test.Account",
            "package test;\n@dev.relata.Model\npublic record Account(@dev.relata.Id long id, String login) {}\n"};

        Compilation compilation = javac()
                .withProcessors(new Generating(account), new RelataProcessor())
                .compile(CARD);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[relata:late-model] Model test.Account was generated by another"
                + " annotation processor after Relata had written the files of package test");
        assertThat(compilation).hadErrorCount(1);
        // On the record's @Model, in the generated source: its second line.
        assertTrue(compilation.errors().get(0).getLineNumber() == 2, () -> "at " + compilation.errors());
    }

    /**
     * A generated model that links to a model whose DAO an earlier round wrote: that DAO cannot get
     * the reverse accessor or the link's onDelete rule, so the link is an error on its component.
     */
    @Test
    void aGeneratedModelLinkingToAModelWrittenInAnEarlierRoundIsAnError() {
        String[] badge = {"test.generated.Badge",
            "package test.generated;\n@dev.relata.Model\npublic record Badge(@dev.relata.Id long id,\n"
                    + "        @dev.relata.OneToOneField(to = test.Card.class, onDelete = dev.relata.OnDelete.CASCADE)"
                    + " long card) {}\n"};

        Compilation compilation = javac()
                .withProcessors(new Generating(badge), new RelataProcessor())
                .compile(CARD);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[relata:late-link] test.generated.Badge.card links to test.Card,"
                + " whose DAO Relata wrote in an earlier round, before test.generated.Badge was generated: CardDao would"
                + " lack the link's reverse accessors and its onDelete rule.");
        assertThat(compilation).hadErrorCount(1);
        // On the component, in the generated source: the line of `long card`.
        assertTrue(compilation.errors().get(0).getLineNumber() == 4, () -> "at " + compilation.errors());
    }
}
