package dev.relata.processor.parsing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.diagnostics.Sources;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Link;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.OnDeleteRule;
import dev.relata.processor.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Reads a {@code @Model} record into a {@link ModelDef}, reporting what is wrong with the record
 * on its own (its kind, key, component types, annotation values). Questions that need other
 * models (targets, clashes, cycles) belong to the graph's validation.
 */
public final class ModelReader {

    /** Thrown when a type the model needs is not resolved yet; the model is tried again next round. */
    public static final class Unresolved extends Exception {
        private static final long serialVersionUID = 1L;

        public Unresolved(String what) {
            super(what, null, false, false);
        }
    }

    /** The names javac refuses for record components: Object's methods without parameters. */
    private static final Set<String> OBJECT_METHODS = Set.of("clone", "finalize", "getClass", "hashCode",
            "notify", "notifyAll", "toString", "wait");

    private final Elements elements;
    private final Reporter reporter;
    private final Sources sources;

    public ModelReader(Elements elements, Reporter reporter, Sources sources) {
        this.elements = elements;
        this.reporter = reporter;
        this.sources = sources;
    }

    /**
     * Reads the model; empty when it cannot be read at all (not a record). A model read with
     * errors is returned too, so that other models can still be checked against it; the reporter
     * knows it is erroneous.
     */
    public Optional<ModelDef> read(TypeElement type, boolean compiled) throws Unresolved {
        if (type.getKind() != ElementKind.RECORD) {
            if (!compiled) {
                reporter.report(Message.NOT_A_RECORD, type, Annotations.find(type, Annotations.MODEL).orElse(null),
                        type.getSimpleName(), describeKind(type));
            }
            return Optional.empty();
        }
        if (!compiled) {
            checkShape(type);
        }
        AnnotationMirror model = Annotations.find(type, Annotations.MODEL).orElseThrow();
        String table = Annotations.string(elements, model, "table");
        if (table.isEmpty()) {
            table = Names.snakeCase(type.getSimpleName().toString());
            if (!compiled && Names.sqlLength(table) > Names.MAX_LENGTH) {
                reporter.report(Message.NAME_TOO_LONG, type, model, "table", table, "Model " + type.getSimpleName(),
                        Names.sqlLength(table), "@Model(table = \"...\")");
            }
        } else if (!Names.isSqlName(table)) {
            reporter.report(Message.INVALID_SQL_NAME, type, model, Annotations.explicit(model, "table"), table);
        }
        List<Component> components = new ArrayList<>();
        boolean inherits = false;
        for (RecordComponentElement element : type.getRecordComponents()) {
            Component component = component(type, element, inherits);
            inherits |= component.isParent();
            components.add(component);
        }
        ModelDef def = new ModelDef(type, ClassName.get(type), table, List.copyOf(components), compiled,
                Annotations.find(type, Annotations.DISTRIBUTED).isPresent());
        if (!compiled) {
            checkKey(def);
            checkOwnFiles(def);
        }
        return Optional.of(def);
    }

    private void checkShape(TypeElement type) {
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(Message.GENERIC_RECORD, type, type.getSimpleName());
        }
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.report(Message.NOT_ACCESSIBLE, type, type.getSimpleName(),
                        t == type ? "private" : "nested in the private " + t.getSimpleName());
                return;
            }
            if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                reporter.report(Message.NOT_ACCESSIBLE, type, type.getSimpleName(), "declared inside a method");
                return;
            }
        }
    }

    /**
     * A package-private top-level type in a file named after another type is what javac calls an
     * auxiliary class: every use of it from another file (the generated DAO's included) gets an
     * {@code auxiliaryclass} warning, which no {@code @SuppressWarnings} in the generated code
     * silences. The model and the enums of its columns are checked, where the compiler says which
     * file declares them.
     */
    private void checkOwnFiles(ModelDef def) {
        auxiliary(def.element()).ifPresent(aux -> reporter.report(Message.AUXILIARY_MODEL, def.element(), def.name(),
                aux.file(), aux.where(def.element()), aux.top().getSimpleName(), def.dao().simpleName()));
        for (Component component : def.components()) {
            if (component.sqlType() == SqlType.ENUM && component.element().asType() instanceof DeclaredType declared
                    && declared.asElement() instanceof TypeElement type) {
                auxiliary(type).ifPresent(aux -> reporter.report(Message.AUXILIARY_COLUMN_TYPE, component.element(),
                        def.name(), component.name(), type.getSimpleName(), aux.file(), aux.where(type),
                        aux.top().getSimpleName(), def.dao().simpleName()));
            }
        }
    }

    /** An auxiliary class around a type, and the file that declares it. */
    private record Auxiliary(TypeElement top, String file) {
        /** Where the type is, as the end of a sentence. */
        String where(TypeElement type) {
            return top == type ? "as a package-private top-level type"
                    : "inside the package-private top-level type " + top.getSimpleName();
        }
    }

    /** The auxiliary class that is the type or holds it, when the compiler says which file declares it. */
    private Optional<Auxiliary> auxiliary(TypeElement type) {
        TypeElement top = type;
        while (top.getEnclosingElement() instanceof TypeElement outer) {
            top = outer;
        }
        if (top.getModifiers().contains(Modifier.PUBLIC)) {
            return Optional.empty(); // javac itself requires a public type's file to be named after it
        }
        String topName = top.getSimpleName().toString();
        TypeElement auxiliary = top;
        return sources.sourceFile(top)
                .filter(f -> !f.isNameCompatible(topName, JavaFileObject.Kind.SOURCE))
                .map(f -> new Auxiliary(auxiliary, fileName(f)));
    }

    private static String fileName(JavaFileObject file) {
        String name = file.getName();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(java.io.File.separatorChar)) + 1);
    }

    private void checkKey(ModelDef def) {
        List<Component> ids = def.components().stream().filter(Component::id).toList();
        List<Component> parents = def.components().stream()
                .filter(c -> Annotations.find(c.element(), Annotations.PARENT).isPresent())
                .toList();
        if (parents.size() > 1) {
            reporter.report(Message.MULTIPLE_PARENTS, parents.get(1).element(), def.name(), parents.get(0).name(),
                    parents.get(1).name());
        }
        if (!parents.isEmpty()) {
            for (Component id : ids) {
                reporter.report(Message.KEY_WITH_PARENT, id.element(), def.name(), id.name());
            }
            return;
        }
        if (ids.size() > 1) {
            reporter.report(Message.MULTIPLE_IDS, ids.get(1).element(), def.name(), ids.get(0).name(), ids.get(1).name());
        }
        Optional<Component> key = def.ownKey();
        if (key.isEmpty()) {
            reporter.report(Message.NO_KEY, def.element(), def.name());
            return;
        }
        Component k = key.get();
        boolean keyType = k.sqlType() == SqlType.LONG || k.sqlType() == SqlType.INT || k.sqlType() == SqlType.UUID
                || k.sqlType() == SqlType.STRING;
        if (k.sqlType() != null && !keyType) {
            reporter.report(Message.UNSUPPORTED_KEY_TYPE, k.element(), def.name(), k.name(), k.type());
        }
    }

    /**
     * Reads a component. {@code inherits} says that an earlier component is the {@code @Parent}: a
     * model has one chain of parents, so a second {@code @Parent} (reported by the key's check) is
     * read as a component without a column, which the graph does not follow.
     */
    private Component component(TypeElement owner, RecordComponentElement element, boolean inherits) throws Unresolved {
        String name = element.getSimpleName().toString();
        if (OBJECT_METHODS.contains(name)) {
            // javac reports "illegal record component name"; a DAO calling the accessor would not compile either.
            reporter.rejectedByJavac(owner);
        }
        TypeMirror type = element.asType();
        if (type.getKind() == TypeKind.ERROR) {
            throw new Unresolved(owner.getQualifiedName() + "." + name);
        }
        boolean id = Annotations.find(element, Annotations.ID).isPresent();
        Optional<AnnotationMirror> parent = Annotations.find(element, Annotations.PARENT);
        Optional<AnnotationMirror> oneToOne = Annotations.find(element, Annotations.ONE_TO_ONE);
        Optional<AnnotationMirror> foreignKey = Annotations.find(element, Annotations.FOREIGN_KEY);
        if (oneToOne.isPresent() && foreignKey.isPresent()) {
            reporter.report(Message.ONE_TO_ONE_AND_FOREIGN_KEY, element, foreignKey.get(), owner.getSimpleName(), name);
        }
        Optional<AnnotationMirror> link = oneToOne.isPresent() ? oneToOne : foreignKey;
        boolean many = oneToOne.isEmpty() && foreignKey.isPresent();
        Optional<AnnotationMirror> column = Annotations.find(element, Annotations.COLUMN);
        Optional<AnnotationMirror> defaultValue = Annotations.find(element, Annotations.DEFAULT);
        String ownerName = owner.getSimpleName().toString();

        if (parent.isPresent()) {
            if (link.isPresent()) {
                reporter.report(Message.PARENT_AND_LINK, element, link.get(), ownerName, name, many ? "@ForeignKey"
                        : "@OneToOneField");
            }
            ClassName parentType = modelType(type);
            if (parentType == null) {
                reporter.report(Message.PARENT_NOT_MODEL, element, parent.get(), ownerName, name, type);
            }
            String parentColumn = column.map(c -> Annotations.string(elements, c, "name")).orElse("");
            if (parentColumn.isEmpty()) {
                parentColumn = Names.parentLinkColumn(parentType == null ? "parent" : parentType.simpleName());
                checkDerivedColumn(owner, element, parentColumn, "@Column(name = \"...\")");
            } else if (!Names.isSqlName(parentColumn)) {
                reporter.report(Message.INVALID_SQL_NAME, element, column.get(), Annotations.explicit(column.get(), "name"),
                        parentColumn);
            }
            return new Component(element, name, TypeName.get(type), null, parentColumn, false, id, 0, null, false, null,
                    inherits ? null : parentType == null ? ClassName.OBJECT : parentType);
        }

        SqlType sqlType = sqlType(type);
        if (sqlType == null) {
            reporter.report(Message.UNSUPPORTED_TYPE, element, ownerName, name, type);
        }
        boolean nullable = !type.getKind().isPrimitive() && isNullable(element);
        int length = 255;
        boolean unique = false;
        String columnName = null;
        if (column.isPresent()) {
            length = (Integer) Annotations.value(elements, column.get(), "length").getValue();
            if (length <= 0) {
                reporter.report(Message.INVALID_LENGTH, element, column.get(), Annotations.explicit(column.get(), "length"),
                        length, ownerName, name);
            }
            unique = (Boolean) Annotations.value(elements, column.get(), "unique").getValue();
            String explicit = Annotations.string(elements, column.get(), "name");
            if (!explicit.isEmpty()) {
                columnName = explicit;
                if (!Names.isSqlName(explicit)) {
                    reporter.report(Message.INVALID_SQL_NAME, element, column.get(), Annotations.explicit(column.get(), "name"),
                            explicit);
                }
            }
        }
        String defaultLiteral = defaultValue.map(d -> Annotations.string(elements, d, "value")).orElse(null);

        Link linkDef = null;
        if (link.isPresent()) {
            linkDef = link(owner, element, link.get(), many);
            String linkColumn = Annotations.string(elements, link.get(), "column");
            if (!linkColumn.isEmpty()) {
                if (!Names.isSqlName(linkColumn)) {
                    reporter.report(Message.INVALID_SQL_NAME, element, link.get(), Annotations.explicit(link.get(), "column"),
                            linkColumn);
                }
                columnName = linkColumn;
            } else if (columnName == null) {
                columnName = Names.linkColumn(linkDef.relation());
                checkDerivedColumn(owner, element, columnName, linkDef.annotation() + "(column = \"...\")");
            }
        }
        if (columnName == null) {
            columnName = Names.snakeCase(name);
            checkDerivedColumn(owner, element, columnName, "@Column(name = \"...\")");
        }
        return new Component(element, name, TypeName.get(type), sqlType, columnName, nullable, id, length,
                defaultLiteral, unique, linkDef, null);
    }

    /** A column named after a component must fit the databases' identifiers, as an explicit name must. */
    private void checkDerivedColumn(TypeElement owner, RecordComponentElement element, String column, String annotation) {
        if (Names.sqlLength(column) > Names.MAX_LENGTH) {
            reporter.report(Message.NAME_TOO_LONG, element, "column", column,
                    owner.getSimpleName() + "." + element.getSimpleName(), Names.sqlLength(column), annotation);
        }
    }

    private Link link(TypeElement owner, RecordComponentElement element, AnnotationMirror mirror, boolean many)
            throws Unresolved {
        String ownerName = owner.getSimpleName().toString();
        String annotation = many ? "@ForeignKey" : "@OneToOneField";
        String name = element.getSimpleName().toString();
        AnnotationValue toValue = Annotations.value(elements, mirror, "to");
        ClassName target = ClassName.OBJECT;
        if (toValue.getValue() instanceof TypeMirror to) {
            if (to.getKind() == TypeKind.ERROR) {
                throw new Unresolved(owner.getQualifiedName() + "." + name + " -> " + to);
            }
            if (modelType(to) != null) {
                target = modelType(to);
            } else {
                reporter.report(Message.TARGET_NOT_MODEL, element, mirror, Annotations.explicit(mirror, "to"), ownerName,
                        name, to, annotation);
            }
        } else {
            // javac hands an unresolvable class literal over as the string "<error>".
            throw new Unresolved(owner.getQualifiedName() + "." + name + " -> " + toValue);
        }
        AnnotationValue onDeleteValue = Annotations.explicit(mirror, "onDelete");
        List<?> rules = onDeleteValue == null ? List.of() : (List<?>) onDeleteValue.getValue();
        String targetName = target == ClassName.OBJECT ? "target" : target.simpleName();
        OnDeleteRule onDelete = OnDeleteRule.DO_NOTHING;
        if (rules.isEmpty()) {
            reporter.report(Message.MISSING_ON_DELETE, element, mirror, ownerName, name, targetName, annotation);
        } else if (rules.size() > 1) {
            reporter.report(Message.MULTIPLE_ON_DELETE, element, mirror, onDeleteValue, ownerName, name, rules.size(), annotation);
        } else {
            VariableElement constant = (VariableElement) ((AnnotationValue) rules.get(0)).getValue();
            onDelete = OnDeleteRule.valueOf(constant.getSimpleName().toString());
        }
        String relatedName = Annotations.string(elements, mirror, "relatedName");
        if (!relatedName.isEmpty() && !relatedName.endsWith("+")
                && !(javax.lang.model.SourceVersion.isIdentifier(relatedName)
                        && !javax.lang.model.SourceVersion.isKeyword(relatedName))) {
            reporter.report(Message.INVALID_RELATED_NAME, element, mirror, Annotations.explicit(mirror, "relatedName"),
                    relatedName, ownerName, name);
        }
        String condition = Annotations.string(elements, mirror, "limitChoicesTo");
        return Link.of(many, Names.relation(name), target, onDelete, relatedName, condition, mirror);
    }

    /** The model a type names, or null when it is not a {@code @Model}. */
    private ClassName modelType(TypeMirror type) {
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                && Annotations.find(element, Annotations.MODEL).isPresent()) {
            return ClassName.get(element);
        }
        return null;
    }

    private static boolean isNullable(RecordComponentElement element) {
        return hasNullable(element.getAnnotationMirrors()) || hasNullable(element.asType().getAnnotationMirrors())
                || (element.getAccessor() != null
                        && (hasNullable(element.getAccessor().getAnnotationMirrors())
                                || hasNullable(element.getAccessor().getReturnType().getAnnotationMirrors())));
    }

    private static boolean hasNullable(List<? extends AnnotationMirror> mirrors) {
        return mirrors.stream().anyMatch(m -> m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable"));
    }

    /** The column type of a Java type, or null when there is none. */
    public static SqlType sqlType(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN: return SqlType.BOOLEAN;
            case BYTE: return SqlType.BYTE;
            case SHORT: return SqlType.SHORT;
            case INT: return SqlType.INT;
            case LONG: return SqlType.LONG;
            case FLOAT: return SqlType.FLOAT;
            case DOUBLE: return SqlType.DOUBLE;
            case CHAR: return SqlType.CHAR;
            case ARRAY:
                return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? SqlType.BYTES : null;
            case DECLARED:
                TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
                if (element.getKind() == ElementKind.ENUM) {
                    return SqlType.ENUM;
                }
                switch (element.getQualifiedName().toString()) {
                    case "java.lang.Boolean": return SqlType.BOOLEAN;
                    case "java.lang.Byte": return SqlType.BYTE;
                    case "java.lang.Short": return SqlType.SHORT;
                    case "java.lang.Integer": return SqlType.INT;
                    case "java.lang.Long": return SqlType.LONG;
                    case "java.lang.Float": return SqlType.FLOAT;
                    case "java.lang.Double": return SqlType.DOUBLE;
                    case "java.lang.Character": return SqlType.CHAR;
                    case "java.lang.String": return SqlType.STRING;
                    case "java.math.BigDecimal": return SqlType.DECIMAL;
                    case "java.util.UUID": return SqlType.UUID;
                    case "java.time.LocalDate": return SqlType.DATE;
                    case "java.time.LocalDateTime": return SqlType.DATETIME;
                    case "java.time.Instant": return SqlType.INSTANT;
                    default: return null;
                }
            default:
                return null;
        }
    }

    private static String describeKind(TypeElement type) {
        switch (type.getKind()) {
            case CLASS: return "a class";
            case INTERFACE: return "an interface";
            case ENUM: return "an enum";
            case ANNOTATION_TYPE: return "an annotation type";
            default: return "a " + type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
