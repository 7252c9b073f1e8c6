package dev.relata.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * {@link RelataProcessor}, recording the sources it creates: compile-testing shows generated files
 * only when a compilation succeeds, and the tests of broken models must see that nothing was
 * generated for them.
 */
final class RecordingProcessor implements Processor {
    private final RelataProcessor processor = new RelataProcessor();
    private final List<String> generatedTypes = new ArrayList<>();
    private final List<JavaFileObject> generatedFiles = new ArrayList<>();

    /** The qualified names of the sources created so far, in order. */
    List<String> generatedTypes() {
        return List.copyOf(generatedTypes);
    }

    List<JavaFileObject> generatedFiles() {
        return List.copyOf(generatedFiles);
    }

    @Override
    public void init(ProcessingEnvironment env) {
        processor.init(new RecordingEnvironment(env));
    }

    @Override
    public Set<String> getSupportedOptions() {
        return processor.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return processor.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
            ExecutableElement member, String userText) {
        return processor.getCompletions(element, annotation, member, userText);
    }

    private final class RecordingEnvironment implements ProcessingEnvironment {
        private final ProcessingEnvironment env;
        private final Filer filer;

        RecordingEnvironment(ProcessingEnvironment env) {
            this.env = env;
            this.filer = new RecordingFiler(env.getFiler());
        }

        @Override
        public Map<String, String> getOptions() {
            return env.getOptions();
        }

        @Override
        public Messager getMessager() {
            return env.getMessager();
        }

        @Override
        public Filer getFiler() {
            return filer;
        }

        @Override
        public Elements getElementUtils() {
            return env.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return env.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return env.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return env.getLocale();
        }

        @Override
        public boolean isPreviewEnabled() {
            return env.isPreviewEnabled();
        }
    }

    private final class RecordingFiler implements Filer {
        private final Filer filer;

        RecordingFiler(Filer filer) {
            this.filer = filer;
        }

        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
            JavaFileObject file = filer.createSourceFile(name, originatingElements);
            generatedTypes.add(name.toString());
            generatedFiles.add(file);
            return file;
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
            return filer.createClassFile(name, originatingElements);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName, Element... originatingElements) throws IOException {
            return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName) throws IOException {
            return filer.getResource(location, moduleAndPkg, relativeName);
        }
    }
}
