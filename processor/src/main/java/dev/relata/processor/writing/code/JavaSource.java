package dev.relata.processor.writing.code;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@link TypeSpec} as the text of its source file, in one pass.
 *
 * <p>The layout is JavaPoet's ({@code JavaFile} with {@code skipJavaLangImports} and an indent of
 * four spaces): the same member order, blank lines, Javadoc, statement indentation, and lines wrapped
 * at the marked places when they pass 100 columns. What differs is how imports are decided. JavaPoet
 * writes the whole file twice, the first time only to learn which types it uses; here a type's simple
 * name is given to the first type that asks for it, in the order the file is written, which is the
 * order JavaPoet's first pass sees them in, so the import decisions are the same, and the imports are
 * put in front of the body once it is written. A simple name stays qualified when another type
 * already has it, when the class itself has it, when a type of the package the file refers to has
 * it (these few are found by a walk over the class's types, made only when a type of another package
 * could clash with one: {@link TypeSpec.Builder#packageTypes}), or when any other type of the package
 * has it ({@link TypeSpec.Builder#alwaysQualify}); and a type is always qualified when a member type
 * or constant the class inherits has the name it would start with, which hides it in the class's body
 * ({@link TypeSpec.Builder#inheritedNames}), or, within a method, when a parameter of the method has
 * that name and would obscure it where it qualifies a member ({@code Objects.requireNonNull}).
 * Generating the sources of a large model this way costs a fraction of formatting it twice.
 */
public final class JavaSource {
    private static final String INDENT = "    ";
    private static final int COLUMN_LIMIT = 100;
    /** Indentation by level, made once. */
    private static final String[] INDENTS = new String[32];
    /**
     * The keywords of the primitive types and {@code void}, by JavaPoet's constants (which its type
     * names of primitives always are); by identity, since a type name's {@code equals} formats it.
     */
    private static final Map<TypeName, String> KEYWORDS = new IdentityHashMap<>();
    /** The source form of each modifier, {@code public }, with the space after it. */
    private static final Map<Modifier, String> MODIFIERS = new EnumMap<>(Modifier.class);

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = INDENT.repeat(i);
        }
        for (Modifier modifier : Modifier.values()) {
            MODIFIERS.put(modifier, modifier + " ");
        }
        for (TypeName primitive : List.of(TypeName.VOID, TypeName.BOOLEAN, TypeName.BYTE, TypeName.SHORT, TypeName.INT,
                TypeName.LONG, TypeName.CHAR, TypeName.FLOAT, TypeName.DOUBLE)) {
            KEYWORDS.put(primitive, primitive.toString());
        }
    }

    /** What a deferred space turns into once the text after it is known to fit or not. */
    private enum Deferred {
        WRAP,
        SPACE,
        NOTHING
    }

    private final StringBuilder out;

    // Line wrapping: after a wrapping space, text is held back until it is known whether it fits.
    private final StringBuilder held = new StringBuilder();
    private Deferred deferred;
    private int wrapIndentLevel = -1;
    private int column;
    private char lastChar;

    // Code layout.
    private int indentLevel;
    private boolean javadoc;
    private boolean trailingNewline = true;
    /** The line of the statement being written, counted from 0; -1 outside statements. */
    private int statementLine = -1;

    // Names.
    private final String packageName;
    private final String typeName;
    private final Set<String> alwaysQualify;
    /** Simple names that inherited members hide: types of these names are always qualified. */
    private final Set<String> inheritedNames;
    /** The names of the parameters of the method being written; empty outside methods. */
    private Set<String> parameterNames = Set.of();
    /** Whether every type is written by its canonical name (for {@link CodeBlock#toString}). */
    private final boolean qualifyAll;
    /**
     * The simple names of the package's types the file refers to: these are written simple, and a type
     * of another package with one of these names is never imported, wherever it comes first.
     */
    private final Set<String> packageNames = new HashSet<>();
    /** The class being written, until {@link #packageNames} is filled from it (on first need). */
    private TypeSpec unwalked;
    /** What {@link TypeSpec#packageTypes} tells, or null. */
    private Set<String> packageTypes;
    /** Simple names given to a top-level type, which is then written by its simple name. */
    private final Map<String, ClassName> named = new HashMap<>();
    /**
     * The types to import, each once (a simple name is given away once), sorted when the header is
     * written: a sorted set here would put its insertion in the path of every type name.
     */
    private final List<ClassName> imports = new ArrayList<>();
    /** The names written in full, with a package in front; null while there is none. */
    private List<String> qualifiedNames;

    private JavaSource(String packageName, String typeName, Set<String> alwaysQualify, Set<String> inheritedNames,
            boolean qualifyAll, StringBuilder out) {
        this.packageName = packageName;
        this.typeName = typeName;
        this.alwaysQualify = alwaysQualify;
        this.inheritedNames = inheritedNames;
        this.qualifyAll = qualifyAll;
        this.out = out;
    }

    /** The source file of {@code type} in package {@code packageName}. */
    public static String render(String packageName, TypeSpec type) {
        return render(packageName, type, new StringBuilder(16_384));
    }

    /**
     * The source file of {@code type} in package {@code packageName}, written in {@code buffer}, which
     * is emptied first: one buffer kept for many files spares growing a new one for each.
     */
    public static String render(String packageName, TypeSpec type, StringBuilder buffer) {
        buffer.setLength(0);
        JavaSource body = new JavaSource(packageName, type.name, type.alwaysQualify, type.inheritedNames, false, buffer);
        body.unwalked = type;
        body.packageTypes = type.packageTypes;
        body.type(type);
        body.finish();
        body.imports.sort(null);
        StringBuilder header = new StringBuilder(packageName.length() + 48 * body.imports.size() + 16);
        if (!packageName.isEmpty()) {
            header.append("package ").append(packageName).append(";\n\n");
        }
        for (ClassName imported : body.imports) {
            header.append("import ").append(imported.canonicalName()).append(";\n");
        }
        if (!body.imports.isEmpty()) {
            header.append('\n');
        }
        // The imports are known once the body is written: they go in front of it, in the same buffer.
        return buffer.insert(0, header).toString();
    }

    /** The code of a block alone, every type written by its canonical name. */
    static String render(CodeBlock block) {
        JavaSource code = new JavaSource("", "", Set.of(), Set.of(), true, new StringBuilder(256));
        code.block(block, false);
        code.finish();
        return code.out.toString();
    }

    /** Modifiers as given to a builder, in the order Java declares them (which is how they are written). */
    static Set<Modifier> modifiers(List<Modifier> modifiers) {
        return modifiers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(modifiers));
    }

    // ---- declarations

    private void type(TypeSpec type) {
        javadoc(type.javadoc);
        annotations(type.annotations, false);
        modifiers(type.modifiers);
        text("class " + type.name);
        if (!type.superinterfaces.isEmpty()) {
            text(" implements");
            boolean first = true;
            for (TypeName superinterface : type.superinterfaces) {
                if (!first) {
                    text(",");
                }
                text(" ");
                typeName(superinterface);
                first = false;
            }
        }
        text(" {\n");
        indentLevel++;
        boolean first = true;
        for (FieldSpec field : type.fields) {
            if (field.modifiers.contains(Modifier.STATIC)) {
                first = separate(first);
                field(field);
            }
        }
        for (FieldSpec field : type.fields) {
            if (!field.modifiers.contains(Modifier.STATIC)) {
                first = separate(first);
                field(field);
            }
        }
        for (MethodSpec method : type.methods) {
            if (method.isConstructor()) {
                first = separate(first);
                method(method, type.name);
            }
        }
        for (MethodSpec method : type.methods) {
            if (!method.isConstructor()) {
                first = separate(first);
                method(method, type.name);
            }
        }
        indentLevel--;
        text("}\n");
    }

    /** A blank line before every member but the first. */
    private boolean separate(boolean first) {
        if (!first) {
            text("\n");
        }
        return false;
    }

    private void field(FieldSpec field) {
        javadoc(field.javadoc);
        annotations(field.annotations, false);
        modifiers(field.modifiers);
        typeName(field.type);
        text(" " + field.name);
        if (field.initializer != null && !field.initializer.isEmpty()) {
            text(" = ");
            block(field.initializer, false);
        }
        text(";\n");
    }

    private void method(MethodSpec method, String enclosingName) {
        parameterNames = parameterNames(method.parameters);
        try {
            methodDeclaration(method, enclosingName);
        } finally {
            parameterNames = Set.of();
        }
    }

    private static Set<String> parameterNames(List<MethodSpec.Parameter> parameters) {
        if (parameters.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (MethodSpec.Parameter parameter : parameters) {
            names.add(parameter.name());
        }
        return names;
    }

    private void methodDeclaration(MethodSpec method, String enclosingName) {
        javadoc(method.javadoc);
        annotations(method.annotations, false);
        modifiers(method.modifiers);
        if (method.isConstructor()) {
            text(enclosingName);
        } else {
            typeName(method.returnType);
            text(" " + method.name);
        }
        text("(");
        zeroWidthSpace();
        List<MethodSpec.Parameter> parameters = method.parameters;
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                text(",");
                wrappingSpace();
            }
            MethodSpec.Parameter parameter = parameters.get(i);
            annotations(parameter.annotations(), true);
            modifiers(parameter.modifiers());
            if (method.varargs && i == parameters.size() - 1) {
                arrayType((ArrayTypeName) parameter.type(), true);
            } else {
                typeName(parameter.type());
            }
            text(" " + parameter.name());
        }
        text(")");
        if (!method.exceptions.isEmpty()) {
            wrappingSpace();
            text("throws");
            boolean first = true;
            for (TypeName exception : method.exceptions) {
                if (!first) {
                    text(",");
                }
                wrappingSpace();
                typeName(exception);
                first = false;
            }
        }
        text(" {\n");
        indentLevel++;
        block(method.code, true);
        indentLevel--;
        text("}\n");
    }

    private void javadoc(CodeBlock block) {
        if (block.isEmpty()) {
            return;
        }
        if (deferred != null) {
            flush(deferred);
        }
        int start = out.length();
        text("/**\n");
        javadoc = true;
        try {
            block(block, true);
        } finally {
            javadoc = false;
        }
        text(" */\n");
        if (deferred == null) {
            Javadocs.layout(out, start);
        }
    }

    private void annotations(List<AnnotationSpec> annotations, boolean inline) {
        for (AnnotationSpec annotation : annotations) {
            annotation(annotation, inline);
            text(inline ? " " : "\n");
        }
    }

    private void annotation(AnnotationSpec annotation, boolean inline) {
        String whitespace = inline ? "" : "\n";
        String separator = inline ? ", " : ",\n";
        text("@");
        typeName(annotation.type);
        if (annotation.members.isEmpty()) {
            return;
        }
        if (annotation.members.size() == 1 && annotation.members.containsKey("value")) {
            text("(");
            annotationValues(annotation.members.get("value"), whitespace, separator);
            text(")");
            return;
        }
        text("(" + whitespace);
        indentLevel += 2;
        boolean first = true;
        for (Map.Entry<String, List<CodeBlock>> member : annotation.members.entrySet()) {
            if (!first) {
                text(separator);
            }
            text(member.getKey() + " = ");
            annotationValues(member.getValue(), whitespace, separator);
            first = false;
        }
        indentLevel -= 2;
        text(whitespace + ")");
    }

    private void annotationValues(List<CodeBlock> values, String whitespace, String separator) {
        if (values.size() == 1) {
            indentLevel += 2;
            block(values.get(0), false);
            indentLevel -= 2;
            return;
        }
        text("{" + whitespace);
        indentLevel += 2;
        boolean first = true;
        for (CodeBlock value : values) {
            if (!first) {
                text(separator);
            }
            block(value, false);
            first = false;
        }
        indentLevel -= 2;
        text(whitespace + "}");
    }

    private void modifiers(Set<Modifier> modifiers) {
        for (Modifier modifier : modifiers) {
            text(MODIFIERS.get(modifier));
        }
    }

    // ---- code

    private void block(CodeBlock block, boolean endLine) {
        for (Object part : block.parts) {
            if (part instanceof String text) {
                text(text);
            } else if (part instanceof TypeName type) {
                typeName(type);
            } else if (part instanceof AnnotationSpec annotation) {
                annotation(annotation, true);
            } else {
                switch ((CodeBlock.Mark) part) {
                    case WRAPPING_SPACE -> wrappingSpace();
                    case ZERO_WIDTH_SPACE -> zeroWidthSpace();
                    case INDENT -> indentLevel++;
                    case UNINDENT -> {
                        if (indentLevel == 0) {
                            throw new IllegalStateException("cannot unindent below 0");
                        }
                        indentLevel--;
                    }
                    case STATEMENT_START -> {
                        if (statementLine != -1) {
                            throw new IllegalStateException("a statement started inside a statement");
                        }
                        statementLine = 0;
                    }
                    case STATEMENT_END -> {
                        if (statementLine == -1) {
                            throw new IllegalStateException("a statement ended that had not started");
                        }
                        if (statementLine > 0) {
                            indentLevel -= 2;
                        }
                        statementLine = -1;
                    }
                }
            }
        }
        if (endLine && lastChar != '\n') {
            text("\n");
        }
    }

    // ---- types

    private void typeName(TypeName type) {
        if (type.isAnnotated()) {
            annotatedTypeName(type);
        } else if (type instanceof ClassName className) {
            text(name(className));
        } else if (type instanceof ParameterizedTypeName parameterized) {
            if (parameterized.enclosingType() != null) {
                typeName(parameterized.enclosingType());
                text("." + parameterized.rawType().simpleName());
            } else {
                text(name(parameterized.rawType()));
            }
            typeArguments(parameterized.typeArguments());
        } else if (type instanceof WildcardTypeName wildcard) {
            if (wildcard.lowerBounds().size() == 1) {
                text("? super ");
                typeName(wildcard.lowerBounds().get(0));
            } else if (wildcard.upperBounds().get(0) instanceof ClassName bound
                    && bound.canonicalName().equals("java.lang.Object")) {
                text("?");
            } else {
                text("? extends ");
                typeName(wildcard.upperBounds().get(0));
            }
        } else if (type instanceof ArrayTypeName array) {
            arrayType(array, false);
        } else if (type instanceof TypeVariableName variable) {
            text(variable.name());
        } else {
            String keyword = KEYWORDS.get(type);
            text(keyword != null ? keyword : type.toString());
        }
    }

    private void typeArguments(List<TypeName> arguments) {
        if (arguments.isEmpty()) {
            return;
        }
        text("<");
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                text(", ");
            }
            typeName(arguments.get(i));
        }
        text(">");
    }

    /**
     * A type use with annotations, such as a finder parameter's {@code @Nullable String} or
     * {@code List<@Nullable String>}: each annotation in front of the simple name
     * ({@code java.lang.@Nullable String} where the name is qualified), or of a primitive's keyword
     * ({@code @Nullable byte[]}). Annotations with members, and
     * annotated types of other kinds, are written as JavaPoet writes them, every name qualified.
     */
    private void annotatedTypeName(TypeName type) {
        boolean plain = plainAnnotations(type);
        ClassName raw = !plain ? null : type instanceof ClassName className ? className.withoutAnnotations()
                : type instanceof ParameterizedTypeName parameterized && parameterized.enclosingType() == null
                        ? parameterized.rawType() : null;
        if (plain && type.isPrimitive()) {
            // A primitive, such as the element type of {@code @Nullable byte[]}: each annotation, then the keyword.
            for (com.palantir.javapoet.AnnotationSpec annotation : type.annotations()) {
                text("@" + name((ClassName) annotation.type()) + " ");
            }
            text(type.withoutAnnotations().toString());
            return;
        }
        if (raw == null) {
            text(type.toString());
            return;
        }
        String written = name(raw);
        int dot = written.lastIndexOf('.');
        text(written.substring(0, dot + 1));
        for (com.palantir.javapoet.AnnotationSpec annotation : type.annotations()) {
            text("@" + name((ClassName) annotation.type()) + " ");
        }
        text(written.substring(dot + 1));
        if (type instanceof ParameterizedTypeName parameterized) {
            typeArguments(parameterized.typeArguments());
        }
    }

    /** Whether every annotation of the type is a class's, without members: one to be written by its name. */
    private static boolean plainAnnotations(TypeName type) {
        for (com.palantir.javapoet.AnnotationSpec annotation : type.annotations()) {
            if (!annotation.members().isEmpty() || !(annotation.type() instanceof ClassName)) {
                return false;
            }
        }
        return true;
    }

    /** An array type: its element type, then {@code []} per dimension, the last one {@code ...} for varargs. */
    private void arrayType(ArrayTypeName array, boolean varargs) {
        int dimensions = 1;
        TypeName element = array.componentType();
        while (element instanceof ArrayTypeName inner && !inner.isAnnotated()) {
            dimensions++;
            element = inner.componentType();
        }
        typeName(element);
        text("[]".repeat(varargs ? dimensions - 1 : dimensions) + (varargs ? "..." : ""));
    }

    /** How {@code type} is written here: by its simple name where that name is its own, else qualified. */
    private String name(ClassName type) {
        if (qualifyAll) {
            return type.canonicalName();
        }
        ClassName top = type.topLevelClassName();
        String simpleName = top.simpleName();
        if (inheritedNames.contains(simpleName) || parameterNames.contains(simpleName)) {
            // A member type or constant of an interface the class implements takes the name in its body;
            // a parameter takes it in its method, where it would be read as the variable in front of a dot.
            return qualified(type);
        }
        boolean own = top.packageName().equals(packageName) && simpleName.equals(typeName);
        if (simpleName.equals(typeName) && !own) {
            return qualified(type);
        }
        ClassName holder = named.get(simpleName);
        if (holder == null && !own) {
            if (top.packageName().equals(packageName)) {
                named.put(simpleName, top);
            } else if (top.packageName().isEmpty() || alwaysQualify.contains(type.simpleName())
                    || refersToPackageType(simpleName)) {
                return qualified(type);
            } else {
                named.put(simpleName, top);
                if (!top.packageName().equals("java.lang")) {
                    imports.add(top);
                }
            }
            holder = top;
        }
        if (own || holder.canonicalName().equals(top.canonicalName())) {
            List<String> simpleNames = type.simpleNames();
            return simpleNames.size() == 1 ? simpleNames.get(0) : String.join(".", simpleNames);
        }
        return qualified(type);
    }

    /**
     * {@code type}'s qualified name, unless a type of the package or an inherited member has the name of
     * its first part, which Java would read as that type or member: then no source can name it here.
     */
    private String qualified(ClassName type) {
        String name = type.canonicalName();
        int dot = name.indexOf('.');
        if (dot > 0) {
            String first = name.substring(0, dot);
            if (alwaysQualify.contains(first) || inheritedNames.contains(first)) {
                throw new ObscuredNameException(typeName, name, first);
            }
            // A type the file names simply by `first` (imported: a class named in lower case) hides the
            // package too, wherever it is named: checked when the file is done.
            if (qualifiedNames == null) {
                qualifiedNames = new ArrayList<>();
            }
            qualifiedNames.add(name);
        }
        return name;
    }

    // ---- the package's types the file refers to, found before a name is given away

    /**
     * Whether the class names a type of its own package called {@code simpleName}, anywhere in it: then a
     * type of another package with that name is never imported. The class is walked for these names the
     * first time the answer is not plain from {@link TypeSpec#packageTypes}, which with these few names
     * is usually never.
     */
    private boolean refersToPackageType(String simpleName) {
        if (packageTypes != null && !packageTypes.contains(simpleName)) {
            return false;
        }
        if (unwalked != null) {
            findPackageNames(unwalked);
            unwalked = null;
        }
        return packageNames.contains(simpleName);
    }

    // Loops rather than forEach with lambdas here: a processor's code runs cold in most builds, where
    // each capturing lambda costs a method handle call until the JIT compiler has compiled it.
    private void findPackageNames(TypeSpec type) {
        findPackageNames(type.javadoc);
        findPackageNames(type.annotations);
        findPackageNames(type.superinterfaces);
        for (FieldSpec field : type.fields) {
            findPackageNames(field.javadoc);
            findPackageNames(field.annotations);
            findPackageNames(field.type);
            if (field.initializer != null) {
                findPackageNames(field.initializer);
            }
        }
        for (MethodSpec method : type.methods) {
            findPackageNames(method.javadoc);
            findPackageNames(method.annotations);
            findPackageNames(method.returnType);
            for (MethodSpec.Parameter parameter : method.parameters) {
                findPackageNames(parameter.annotations());
                findPackageNames(parameter.type());
            }
            findPackageNames(method.exceptions);
            findPackageNames(method.code);
        }
    }

    private void findPackageNames(List<AnnotationSpec> annotations) {
        for (AnnotationSpec annotation : annotations) {
            findPackageNames(annotation.type);
            for (List<CodeBlock> values : annotation.members.values()) {
                for (CodeBlock value : values) {
                    findPackageNames(value);
                }
            }
        }
    }

    private void findPackageNames(Iterable<? extends TypeName> types) {
        for (TypeName type : types) {
            findPackageNames(type);
        }
    }

    private void findPackageNames(CodeBlock block) {
        for (Object part : block.parts) {
            if (part instanceof TypeName type) {
                findPackageNames(type);
            } else if (part instanceof AnnotationSpec annotation) {
                findPackageNames(List.of(annotation));
            }
        }
    }

    private void findPackageNames(TypeName type) {
        for (com.palantir.javapoet.AnnotationSpec annotation : type.annotations()) {
            findPackageNames(annotation.type());
        }
        if (type instanceof ClassName className) {
            ClassName top = className.topLevelClassName();
            if (top.packageName().equals(packageName) && !top.simpleName().equals(typeName)) {
                packageNames.add(top.simpleName());
            }
        } else if (type instanceof ParameterizedTypeName parameterized) {
            findPackageNames(parameterized.enclosingType() != null ? parameterized.enclosingType() : parameterized.rawType());
            findPackageNames(parameterized.typeArguments());
        } else if (type instanceof WildcardTypeName wildcard) {
            findPackageNames(wildcard.upperBounds());
            findPackageNames(wildcard.lowerBounds());
        } else if (type instanceof ArrayTypeName array) {
            findPackageNames(array.componentType());
        }
    }

    // ---- text, indentation and line wrapping

    /**
     * Writes text, indenting each new line (and starting it with {@code *} inside Javadoc); a blank
     * line gets no indentation. The first line break of a statement indents its continuation lines
     * twice.
     */
    private void text(String s) {
        int length = s.length();
        int start = 0;
        boolean first = true;
        while (true) {
            int end = start;
            while (end < length && !isLineBreak(s.charAt(end))) {
                end++;
            }
            if (!first) {
                if (javadoc && trailingNewline) {
                    indentation();
                    append(" *");
                }
                newline();
                trailingNewline = true;
                if (statementLine != -1) {
                    if (statementLine == 0) {
                        indentLevel += 2;
                    }
                    statementLine++;
                }
            }
            first = false;
            if (end > start) {
                if (trailingNewline) {
                    indentation();
                    if (javadoc) {
                        append(" * ");
                    }
                }
                append(s, start, end);
                trailingNewline = false;
            }
            if (end == length) {
                return;
            }
            start = end + (s.charAt(end) == '\r' && end + 1 < length && s.charAt(end + 1) == '\n' ? 2 : 1);
        }
    }

    /**
     * Whether {@code c} breaks a line: line feed, vertical tab, form feed or carriage return (one range),
     * next line, or the line or paragraph separator.
     */
    private static boolean isLineBreak(char c) {
        // Two comparisons for the usual character, which is below NEL and above the range.
        return c < '\u0085' ? c <= '\r' && c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private void indentation() {
        if (indentLevel > 0) {
            append(indent(indentLevel));
        }
    }

    private static String indent(int level) {
        return level < INDENTS.length ? INDENTS[level] : INDENT.repeat(level);
    }

    /** A space where the line may be broken, continuing two levels deeper than the code around it. */
    private void wrappingSpace() {
        if (deferred != null) {
            flush(deferred);
        }
        column++;
        deferred = Deferred.SPACE;
        wrapIndentLevel = indentLevel + 2;
    }

    /** A place where the line may be broken without a space. */
    private void zeroWidthSpace() {
        if (column == 0) {
            return;
        }
        if (deferred != null) {
            flush(deferred);
        }
        deferred = Deferred.NOTHING;
        wrapIndentLevel = indentLevel + 2;
    }

    /** Appends text without line breaks. */
    private void append(String s) {
        append(s, 0, s.length());
    }

    /** Appends the characters of {@code s} from {@code start} to {@code end}, which hold no line breaks. */
    private void append(String s, int start, int end) {
        int length = end - start;
        if (deferred != null) {
            if (column + length <= COLUMN_LIMIT) {
                held.append(s, start, end);
                column += length;
                return;
            }
            flush(Deferred.WRAP);
        }
        if (length > 0) {
            out.append(s, start, end);
            lastChar = s.charAt(end - 1);
        }
        column += length;
    }

    /** Ends the line: text held after a wrapping space stays on it when it fits. */
    private void newline() {
        if (deferred != null) {
            flush(column > COLUMN_LIMIT ? Deferred.WRAP : deferred);
        }
        out.append('\n');
        lastChar = '\n';
        column = 0;
    }

    private void flush(Deferred how) {
        switch (how) {
            case WRAP -> {
                write("\n");
                write(indent(wrapIndentLevel));
                column = wrapIndentLevel * INDENT.length() + held.length();
            }
            case SPACE -> write(" ");
            case NOTHING -> { }
        }
        if (held.length() > 0) {
            out.append(held);
            lastChar = held.charAt(held.length() - 1);
            held.setLength(0);
        }
        wrapIndentLevel = -1;
        deferred = null;
    }

    private void write(String s) {
        if (!s.isEmpty()) {
            out.append(s);
            lastChar = s.charAt(s.length() - 1);
        }
    }

    private void finish() {
        if (deferred != null) {
            flush(deferred);
        }
        if (qualifiedNames != null) {
            for (String name : qualifiedNames) {
                String first = name.substring(0, name.indexOf('.'));
                if (named.containsKey(first)) {
                    throw new ObscuredNameException(typeName, name, first);
                }
            }
        }
    }

    // ---- literals

    /** {@code value} as a Java string literal; a value with line breaks is split into one piece per line. */
    static String stringLiteral(String value) {
        int length = value.length();
        StringBuilder literal = new StringBuilder(length + 2).append('"');
        // The characters that need no escape go in runs: scripts and SQL are long, and escapes rare.
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\' && (c < '\u007f' || !Character.isISOControl(c))) {
                continue;
            }
            literal.append(value, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\b' -> literal.append("\\b");
                case '\t' -> literal.append("\\t");
                case '\n' -> literal.append("\\n");
                case '\f' -> literal.append("\\f");
                case '\r' -> literal.append("\\r");
                default -> literal.append(String.format("\\u%04x", (int) c));
            }
            if (c == '\n' && i + 1 < length) {
                literal.append("\"\n").append(INDENT).append(INDENT).append("+ \"");
            }
        }
        return literal.append(value, run, length).append('"').toString();
    }
}
