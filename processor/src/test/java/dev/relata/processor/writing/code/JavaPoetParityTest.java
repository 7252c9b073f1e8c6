package dev.relata.processor.writing.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * {@link JavaSource} lays code out as JavaPoet's {@code JavaFile} does: random classes are built
 * with both, the same way, and must come out character for character the same (Javadoc is kept to
 * lines that neither writer changes, since only ours joins one-line comments and wraps long lines).
 */
class JavaPoetParityTest {
    private static final String PACKAGE = "com.example";
    private static final List<TypeName> TYPES = List.of(
            ClassName.get("java.util", "List"),
            ClassName.get("java.awt", "List"),
            ClassName.get("java.lang", "String"),
            ClassName.get("java.lang", "Override"),
            ClassName.get("java.sql", "Connection"),
            ClassName.get(PACKAGE, "Profile"),
            ClassName.get("org.other", "Profile"),
            ClassName.get(PACKAGE, "Dao"),
            ClassName.get("org.other", "Dao"),
            ClassName.get("java.util", "Map", "Entry"),
            ClassName.get("org.other", "Outer", "Profile"),
            ClassName.get("", "Unpackaged"),
            TypeName.INT,
            TypeName.LONG.box(),
            ArrayTypeName.of(TypeName.BYTE),
            ArrayTypeName.of(ArrayTypeName.of(ClassName.get("java.lang", "String"))),
            ParameterizedTypeName.get(ClassName.get("java.util", "List"), ClassName.get(PACKAGE, "Profile")),
            ParameterizedTypeName.get(ClassName.get("java.util", "Collection"),
                    WildcardTypeName.subtypeOf(ClassName.get(PACKAGE, "Profile"))),
            ParameterizedTypeName.get(ClassName.get("java.util", "Map"), ClassName.get("java.lang", "String"),
                    WildcardTypeName.supertypeOf(ClassName.get("java.util", "List"))),
            ParameterizedTypeName.get(ClassName.get("java.util", "Optional"), WildcardTypeName.subtypeOf(Object.class)));
    private static final String[] WORDS = {"profile", "user", "connection", "x", "longerArgumentName",
            "\"quoted\"", "a + b", "someRatherLongIdentifierThatFillsTheLine"};

    /** One random class, built by both writers. */
    private static final class Both {
        final Random random;
        final com.palantir.javapoet.TypeSpec.Builder poet;
        final TypeSpec.Builder ours;

        Both(Random random, String name) {
            this.random = random;
            this.poet = com.palantir.javapoet.TypeSpec.classBuilder(name);
            this.ours = TypeSpec.classBuilder(name);
        }

        TypeName type() {
            return TYPES.get(random.nextInt(TYPES.size()));
        }

        String word() {
            return WORDS[random.nextInt(WORDS.length)];
        }

        /** A random format of text, names, literals and types, with wrapping spaces; its arguments in {@code args}. */
        String format(List<Object> args, int parts) {
            StringBuilder format = new StringBuilder();
            for (int i = 0; i < parts; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> {
                        format.append("$T.of(");
                        args.add(type());
                    }
                    case 1 -> {
                        format.append("$S");
                        args.add(word() + (random.nextBoolean() ? "\nsecond line" : ""));
                    }
                    case 2 -> {
                        format.append("$L");
                        args.add(word());
                    }
                    case 3 -> format.append(",$W");
                    case 4 -> format.append(" + ");
                    default -> format.append("$$");
                }
            }
            return format.toString();
        }

        void method(int index) {
            String name = "method" + index;
            com.palantir.javapoet.MethodSpec.Builder poetMethod = com.palantir.javapoet.MethodSpec.methodBuilder(name);
            MethodSpec.Builder ourMethod = MethodSpec.methodBuilder(name);
            if (random.nextBoolean()) {
                String doc = "Does " + word() + " with {@link $T}.\n\n<p>More about " + word() + ".\n";
                TypeName linked = type() instanceof ClassName c ? c : ClassName.get(PACKAGE, "Profile");
                poetMethod.addJavadoc(doc, linked);
                ourMethod.addJavadoc(doc, linked);
            }
            if (random.nextInt(4) == 0) {
                poetMethod.addAnnotation(Override.class);
                ourMethod.addAnnotation(Override.class);
            }
            Modifier[] modifiers = random.nextBoolean()
                    ? new Modifier[] {Modifier.FINAL, Modifier.PUBLIC}
                    : new Modifier[] {Modifier.PRIVATE, Modifier.STATIC};
            poetMethod.addModifiers(modifiers);
            ourMethod.addModifiers(modifiers);
            TypeName returns = random.nextInt(3) == 0 ? TypeName.VOID : type();
            poetMethod.returns(returns);
            ourMethod.returns(returns);
            int parameters = random.nextInt(5);
            for (int p = 0; p < parameters; p++) {
                TypeName type = p == parameters - 1 && random.nextInt(4) == 0 ? ArrayTypeName.of(type()) : type();
                poetMethod.addParameter(type, "parameterNumber" + p);
                ourMethod.addParameter(type, "parameterNumber" + p);
                if (p == parameters - 1 && type instanceof ArrayTypeName) {
                    poetMethod.varargs(true);
                    ourMethod.varargs(true);
                }
            }
            for (int e = random.nextInt(3); e > 0; e--) {
                ClassName exception = ClassName.get("java.io", e == 1 ? "IOException" : "UncheckedIOException");
                poetMethod.addException(exception);
                ourMethod.addException(exception);
            }
            int depth = 0;
            for (int s = random.nextInt(8); s > 0; s--) {
                List<Object> args = new ArrayList<>();
                switch (random.nextInt(5)) {
                    case 0 -> {
                        String flow = "if (" + format(args, 3) + ")";
                        poetMethod.beginControlFlow(flow, args.toArray());
                        ourMethod.beginControlFlow(flow, args.toArray());
                        depth++;
                    }
                    case 1 -> {
                        if (depth > 0) {
                            poetMethod.nextControlFlow("else");
                            ourMethod.nextControlFlow("else");
                        }
                    }
                    case 2 -> {
                        if (depth > 0) {
                            poetMethod.endControlFlow();
                            ourMethod.endControlFlow();
                            depth--;
                        }
                    }
                    case 3 -> {
                        String code = "call(" + format(args, 4 + random.nextInt(12)) + ");\n";
                        poetMethod.addCode(com.palantir.javapoet.CodeBlock.of(code, args.toArray()));
                        ourMethod.addCode(CodeBlock.of(code, args.toArray()));
                    }
                    default -> {
                        String statement = "var value = " + format(args, 2 + random.nextInt(20));
                        poetMethod.addStatement(statement, args.toArray());
                        ourMethod.addStatement(statement, args.toArray());
                    }
                }
            }
            for (; depth > 0; depth--) {
                poetMethod.endControlFlow();
                ourMethod.endControlFlow();
            }
            poet.addMethod(poetMethod.build());
            ours.addMethod(ourMethod.build());
        }

        void field(int index) {
            TypeName type = type();
            String name = "field" + index;
            Modifier[] modifiers = random.nextBoolean()
                    ? new Modifier[] {Modifier.PRIVATE, Modifier.FINAL}
                    : new Modifier[] {Modifier.STATIC, Modifier.PRIVATE, Modifier.FINAL};
            com.palantir.javapoet.FieldSpec.Builder poetField =
                    com.palantir.javapoet.FieldSpec.builder(type, name, modifiers);
            FieldSpec.Builder ourField = FieldSpec.builder(type, name, modifiers);
            if (random.nextBoolean()) {
                List<Object> args = new ArrayList<>();
                String initializer = format(args, 1 + random.nextInt(10));
                poetField.initializer(initializer, args.toArray());
                ourField.initializer(initializer, args.toArray());
            }
            poet.addField(poetField.build());
            ours.addField(ourField.build());
        }
    }

    @Test
    void randomClassesAreWrittenCharacterForCharacterAsJavaPoetWritesThem() {
        Random random = new Random(20261202L);
        for (int i = 0; i < 400; i++) {
            Both both = new Both(random, i % 3 == 0 ? "Dao" : "ProfileDao");
            if (random.nextBoolean()) {
                both.poet.alwaysQualify("Connection", "String");
                both.ours.alwaysQualify("Connection", "String");
            }
            both.poet.addModifiers(Modifier.PUBLIC, Modifier.FINAL);
            both.ours.addModifiers(Modifier.PUBLIC, Modifier.FINAL);
            both.poet.addJavadoc("A class.\n\n<p>Its second paragraph.\n");
            both.ours.addJavadoc("A class.\n\n<p>Its second paragraph.\n");
            for (int f = random.nextInt(4); f > 0; f--) {
                both.field(f);
            }
            for (int m = random.nextInt(5); m > 0; m--) {
                both.method(m);
            }
            String expected = JavaFile.builder(PACKAGE, both.poet.build()).skipJavaLangImports(true).indent("    ")
                    .build().toString();
            assertEquals(expected, JavaSource.render(PACKAGE, both.ours.build()), "class " + i);
        }
    }
}
