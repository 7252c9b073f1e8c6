package dev.relata.processor.writing.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The one-pass writer of generated sources: which names are imported, and the layout. The golden
 * files and every functional test compile its output; these cases pin down what they may not reach.
 */
class JavaSourceTest {
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName AWT_LIST = ClassName.get("java.awt", "List");
    private static final ClassName STRING = ClassName.get("java.lang", "String");
    private static final ClassName MODEL = ClassName.get("com.example", "Profile");

    private static String method(TypeSpec.Builder type, MethodSpec method) {
        return JavaSource.render("com.example", type.addMethod(method).build());
    }

    @Test
    void theFirstTypeToUseASimpleNameIsImportedAndOthersOfThatNameAreQualified() {
        String source = method(TypeSpec.classBuilder("ProfileDao"), MethodSpec.methodBuilder("names")
                .returns(ParameterizedTypeName.get(LIST, STRING))
                .addStatement("$T shown = null", AWT_LIST)
                .addStatement("return $T.of()", LIST)
                .build());
        assertEquals("""
                package com.example;

                import java.util.List;

                class ProfileDao {
                    List<String> names() {
                        java.awt.List shown = null;
                        return List.of();
                    }
                }
                """, source);
    }

    @Test
    void namesTheClassItselfOrATypeOfItsPackageTakesAreQualified() {
        ClassName otherDao = ClassName.get("org.other", "ProfileDao");
        ClassName connection = ClassName.get("java.sql", "Connection");
        String source = method(TypeSpec.classBuilder("ProfileDao").alwaysQualify("Connection", "String"),
                MethodSpec.methodBuilder("run")
                        .addParameter(otherDao, "other")
                        .addParameter(connection, "connection")
                        .addParameter(STRING, "name")
                        .addParameter(MODEL, "profile")
                        .addParameter(ClassName.get("com.example", "ProfileDao"), "self")
                        .build());
        assertEquals("""
                package com.example;

                class ProfileDao {
                    void run(org.other.ProfileDao other, java.sql.Connection connection, java.lang.String name,
                            Profile profile, ProfileDao self) {
                    }
                }
                """, source);
    }

    /**
     * A member type or constant the class inherits from an interface hides every type of its name in the
     * class's body, those of the class's own package and the enclosing types of nested ones included.
     */
    @Test
    void namesThatInheritedMembersTakeAreQualified() {
        ClassName rowMapper = ClassName.get("dev.relata.internal", "Queries", "RowMapper");
        String source = method(TypeSpec.classBuilder("ProfileDao")
                        .addSuperinterface(ClassName.get("com.example", "ProfileFinders"))
                        .inheritedNames(List.of("List", "Profile", "Queries", "Override")),
                MethodSpec.methodBuilder("run").addAnnotation(ClassName.get("java.lang", "Override"))
                        .returns(ParameterizedTypeName.get(LIST, MODEL))
                        .addParameter(ParameterizedTypeName.get(rowMapper, MODEL), "reader")
                        .addParameter(STRING, "name")
                        .addStatement("return $T.of()", LIST)
                        .build());
        assertEquals("""
                package com.example;

                class ProfileDao implements ProfileFinders {
                    @java.lang.Override
                    java.util.List<com.example.Profile> run(
                            dev.relata.internal.Queries.RowMapper<com.example.Profile> reader, String name) {
                        return java.util.List.of();
                    }
                }
                """, source);
    }

    /**
     * A parameter named like a type would be read as the variable in front of a dot: within its method
     * the type is qualified; elsewhere it keeps its simple name.
     */
    @Test
    void aParameterNamedLikeATypeGetsItQualifiedInItsMethod() {
        ClassName objects = ClassName.get("java.util", "Objects");
        String source = JavaSource.render("com.example", TypeSpec.classBuilder("ProfileDao")
                .addMethod(MethodSpec.methodBuilder("check")
                        .addParameter(STRING, "Objects")
                        .addStatement("$T.requireNonNull(Objects)", objects)
                        .build())
                .addMethod(MethodSpec.methodBuilder("run")
                        .addParameter(STRING, "name")
                        .addStatement("$T.requireNonNull(name)", objects)
                        .build())
                .build());
        assertEquals("""
                package com.example;

                import java.util.Objects;

                class ProfileDao {
                    void check(String Objects) {
                        java.util.Objects.requireNonNull(Objects);
                    }

                    void run(String name) {
                        Objects.requireNonNull(name);
                    }
                }
                """, source);
    }

    @Test
    void aTypeOfThePackageKeepsItsSimpleNameBeforeAnImportOfTheSameName() {
        ClassName foreignProfile = ClassName.get("org.other", "Profile");
        String source = method(TypeSpec.classBuilder("ProfileDao"), MethodSpec.methodBuilder("run")
                .addStatement("$T a = null", MODEL)
                .addStatement("$T b = null", foreignProfile)
                .build());
        assertEquals("""
                package com.example;

                class ProfileDao {
                    void run() {
                        Profile a = null;
                        org.other.Profile b = null;
                    }
                }
                """, source);
    }

    @Test
    void aForeignTypeNamedLikeATypeOfThePackageTheFileNamesLaterIsQualified() {
        ClassName foreignProfile = ClassName.get("org.other", "Profile");
        ClassName foreignList = ClassName.get("org.other", "Listing");
        String expected = """
                package com.example;

                import org.other.Listing;

                class ProfileDao {
                    void run() {
                        org.other.Profile a = null;
                        Listing b = null;
                        Profile c = null;
                    }
                }
                """;
        MethodSpec run = MethodSpec.methodBuilder("run")
                .addStatement("$T a = null", foreignProfile)
                .addStatement("$T b = null", foreignList)
                .addStatement("$T c = null", MODEL)
                .build();
        // Without the package's types, the class is walked for them before a name is given away; with
        // them, only when a name of another package is one of them. Either way the same file.
        assertEquals(expected, method(TypeSpec.classBuilder("ProfileDao"), run));
        assertEquals(expected, method(TypeSpec.classBuilder("ProfileDao").packageTypes(Set.of("Profile", "ProfileDao")), run));
        // A type of the package named Listing that the file does not name leaves org.other.Listing imported.
        assertEquals(expected, method(TypeSpec.classBuilder("ProfileDao")
                .packageTypes(Set.of("Profile", "ProfileDao", "Listing")), run));
    }

    @Test
    void nestedTypesAreImportedThroughTheirTopLevelType() {
        ClassName entry = ClassName.get("java.util", "Map", "Entry");
        String source = method(TypeSpec.classBuilder("Dao"), MethodSpec.methodBuilder("entry")
                .returns(ParameterizedTypeName.get(entry, WildcardTypeName.subtypeOf(MODEL),
                        WildcardTypeName.supertypeOf(TypeName.INT.box())))
                .addStatement("return null")
                .build());
        assertEquals("""
                package com.example;

                import java.util.Map;

                class Dao {
                    Map.Entry<? extends Profile, ? super Integer> entry() {
                        return null;
                    }
                }
                """, source);
    }

    @Test
    void longStatementsWrapAtTheMarkedSpacesTwoLevelsDeeper() {
        String source = method(TypeSpec.classBuilder("Dao"), MethodSpec.methodBuilder("run")
                .addStatement("call($S,$W$S,$W$S)", "a".repeat(40), "b".repeat(40), "c".repeat(40))
                .beginControlFlow("if (true)")
                .addStatement("call($S,$W$S)", "d".repeat(10), "e".repeat(10))
                .endControlFlow()
                .build());
        assertEquals("""
                package com.example;

                class Dao {
                    void run() {
                        call("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                                "cccccccccccccccccccccccccccccccccccccccc");
                        if (true) {
                            call("dddddddddd", "eeeeeeeeee");
                        }
                    }
                }
                """, source);
    }

    @Test
    void javadocLinesArePrefixedAndBlankLinesKeepTheirStar() {
        TypeSpec type = TypeSpec.classBuilder("Dao").addModifiers(Modifier.FINAL, Modifier.PUBLIC)
                .addJavadoc("First {@link $T}.\n\n<p>Second.\n", MODEL)
                .addField(FieldSpec.builder(TypeName.INT, "count", Modifier.PRIVATE, Modifier.STATIC)
                        .addJavadoc("How many.").initializer("$L", 3).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build())
                .build();
        assertEquals("""
                package com.example;

                /**
                 * First {@link Profile}.
                 *
                 * <p>Second.
                 */
                public final class Dao {
                    /** How many. */
                    private static int count = 3;

                    public Dao() {
                    }
                }
                """, JavaSource.render("com.example", type));
    }

    @Test
    void javadocLinesLongerThan120CharactersAreWrappedAtASpaceExceptPreformattedOnes() {
        String words = "word ".repeat(30).strip();
        TypeSpec type = TypeSpec.classBuilder("Dao")
                .addJavadoc("$L\n<pre>\n$L\n</pre>\n", words, words)
                .build();
        String longLine = " * " + words;
        assertEquals("package com.example;\n\n/**\n"
                + " * " + "word ".repeat(23).strip() + "\n"
                + " * " + "word ".repeat(7).strip() + "\n"
                + " * <pre>\n" + longLine + "\n * </pre>\n */\nclass Dao {\n}\n", JavaSource.render("com.example", type));
    }

    /** Every line terminator JavaPoet splits on (its {@code \\R}) ends a line; a carriage return and line feed end one. */
    @Test
    void everyKindOfLineBreakEndsALine() {
        TypeSpec type = TypeSpec.classBuilder("Dao")
                .addJavadoc("$L", "a\r\nb\rc\u000Bd\fe\u0085f\u2028g\u2029h\ni ~ j\n")
                .build();
        assertEquals("package com.example;\n\n/**\n * a\n * b\n * c\n * d\n * e\n * f\n * g\n * h\n * i ~ j\n */\n"
                + "class Dao {\n}\n", JavaSource.render("com.example", type));
    }

    @Test
    void stringLiteralsAreEscapedAndSplitAtLineBreaks() {
        assertEquals("\"a\\\"b\\\\c\\t'\\u0001\"", JavaSource.stringLiteral("a\"b\\c\t'\u0001"));
        // Plain characters, non-ASCII ones too, are kept in runs between escapes; C1 controls are escaped.
        assertEquals("\"é ü\\u007f\\u0085x\\r\\by\\fz\"", JavaSource.stringLiteral("é ü\u007f\u0085x\r\by\fz"));
        assertEquals("\"\"", JavaSource.stringLiteral(""));
        assertEquals("\"one\\n\"\n        + \"two\"", JavaSource.stringLiteral("one\ntwo"));
        assertEquals("null", CodeBlock.of("$S", (Object) null).toString());
    }

    @Test
    void annotationsVarargsAndExceptions() {
        MethodSpec method = MethodSpec.methodBuilder("find").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(LIST, MODEL))
                .addParameter(String[].class, "names")
                .varargs(true)
                .addException(ClassName.get("java.sql", "SQLException"))
                .addStatement("return $T.of()", LIST)
                .build();
        TypeSpec type = TypeSpec.classBuilder("Dao")
                .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                        .addMember("value", "$S", "x").build())
                .addMethod(method).build();
        assertEquals("""
                package com.example;

                import java.sql.SQLException;
                import java.util.List;
                import javax.annotation.processing.Generated;

                @Generated("x")
                class Dao {
                    @Override
                    public List<Profile> find(String... names) throws SQLException {
                        return List.of();
                    }
                }
                """, JavaSource.render("com.example", type));
    }

    @Test
    void formatsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("$L and $L", "one"));
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("$L", "one", "two"));
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("$Q", "one"));
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("trailing $"));
        assertEquals("a $ b java.util.List", CodeBlock.of("a $$ b $T", LIST).toString());
        assertEquals("x, y", CodeBlock.join(List.of(CodeBlock.of("x"), CodeBlock.of("y")), ", ").toString());
    }
}
