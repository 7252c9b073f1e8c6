package dev.relata.processor.writing.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.relata.processor.model.Accessors;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Finder;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.sql.Dml;
import dev.relata.processor.writing.ColumnCode;
import dev.relata.processor.writing.SourceFiles;
import dev.relata.processor.writing.Types;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.FieldSpec;
import dev.relata.processor.writing.code.MethodSpec;
import dev.relata.processor.writing.code.NameScope;
import dev.relata.processor.writing.code.TypeSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The skeleton of one {@code <Model>Dao} while it is written: its fields, constructor and
 * methods, in the order they appear, and the one name scope of the file.
 *
 * <p>Every name the writers emit comes from {@link #names}: the DAO's public methods are claimed
 * first, as DESIGN names them (the validator has made sure they are distinct), then fields and
 * private methods; each method's parameters and locals come from a {@link Scope} of their own
 * that starts from the class's names. So no model, component or relation name can make two
 * declarations collide, or a local hide a field the method uses, or a package or type that an
 * expression is qualified with.
 */
final class DaoClass {
    final ModelGraph graph;
    final Dml dml;
    final ModelDef model;
    final ClassName name;
    final Component key;
    final TypeName keyType;
    final TypeName boxedKey;
    final boolean child;
    /** Whether the database generates the key of a row inserted without one. */
    final boolean generatesKey;
    final boolean hasChoices;
    /** The lower-camel name of the model, which parameters and locals holding its rows are named after. */
    final String var;

    /** Field names every method refers to. */
    final String constraints;
    final String db;
    final String dialect;
    final String parentDao;
    final String generatedKey;
    final String deletePlan;

    /** Private methods that several writers call. */
    final String insertRow;
    final String bindColumns;
    final String checkChoices;

    final TypeSpec.Builder type;
    final MethodSpec.Builder constructor;
    final List<MethodSpec> methods = new ArrayList<>();
    private final List<MethodSpec> readerMethods = new ArrayList<>();
    private final Map<String, String> readers = new LinkedHashMap<>();
    private final Map<String, String> readerFields = new LinkedHashMap<>();
    private final List<FieldSpec> readerFieldSpecs = new ArrayList<>();
    private final NameScope names = new NameScope();

    /**
     * @param qualifierNames names that start qualifiers in the generated code's expressions: no field,
     *                       parameter or local takes one, which would obscure the package or type
     */
    DaoClass(ModelGraph graph, Dml dml, ModelDef model, List<Finder> finders, Set<String> qualifierNames) {
        this.graph = graph;
        this.dml = dml;
        this.model = model;
        this.name = model.dao();
        this.key = graph.key(model);
        this.keyType = key.type();
        this.boxedKey = keyType.box();
        this.child = model.parent().isPresent();
        this.generatesKey = !child && key.sqlType().isGeneratedKey() && !key.isLink();
        boolean choices = false;
        for (Component link : model.links()) {
            choices |= !link.link().limitChoicesTo().isEmpty();
        }
        this.hasChoices = choices;
        this.var = Names.lowerFirst(String.join("", model.type().simpleNames()));
        for (String fixed : Accessors.FIXED) {
            names.newName(fixed);
        }
        for (Accessors.Accessor accessor : Accessors.accessors(graph, model)) {
            names.newName(accessor.name());
        }
        for (Finder finder : finders) {
            for (Finder.Method method : finder.methods()) {
                names.newName(method.name());
            }
        }
        // The default methods of the finder interfaces are the DAO's too: a private method of the same
        // signature would not compile, so none gets their names.
        for (Finder finder : finders) {
            finder.defaultMethods().forEach(names::reserve);
        }
        // Methods may share them: a method's name never stands in front of a dot.
        names.avoid(qualifierNames);
        this.constraints = names.newName("CONSTRAINTS");
        this.db = names.newName("db");
        this.dialect = names.newName("dialect");
        this.parentDao = names.newName("parentDao");
        this.generatedKey = names.newName("generatedKey");
        this.deletePlan = names.newName("deletePlan");
        this.insertRow = names.newName("insertRow");
        this.bindColumns = names.newName("bindColumns");
        this.checkChoices = names.newName("checkChoices");
        this.type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        this.constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("A DAO for {@link $T} rows on the database.\n", model.type())
                .addParameter(Types.DATABASE, "db")
                .addStatement("this.$L = $T.of(db, $L)", db, Types.ACCESS, constraints)
                .addStatement("this.$L = db.dialect()", dialect);
    }

    /** A new name among the class's fields and methods. */
    String member(String suggestion) {
        return names.newName(suggestion);
    }

    /** The names of one method: its parameters, locals and lambda parameters. */
    Scope scope() {
        return new Scope(names.inner());
    }

    /** The names of one method, starting from every name of the class. */
    static final class Scope {
        private final NameScope names;
        private final Map<String, String> given = new LinkedHashMap<>();

        private Scope(NameScope names) {
            this.names = names;
        }

        /** The name of a local called {@code suggestion} in this method: the same name each time it is asked for. */
        String of(String suggestion) {
            return given(suggestion, suggestion);
        }

        /**
         * The name given for {@code role}, or a new one from {@code suggestion}. Asked for every local of
         * every method: a lookup, and no lambda, which costs a method handle call while the code is cold.
         */
        private String given(String role, String suggestion) {
            String name = given.get(role);
            if (name == null) {
                name = names.newName(suggestion);
                given.put(role, name);
            }
            return name;
        }

        /**
         * The name of the local that plays {@code role} in this method, suggested by {@code suggestion}: for
         * names chosen by the user, such as a finder's parameters, which must not take a local's place.
         */
        String named(String role, String suggestion) {
            return given(role, suggestion);
        }

        /** The name of the parameter or local that holds one row of the DAO's model. */
        String row(DaoClass dao) {
            return given(" row", dao.var);
        }

        /** The name of the parameter or local that holds many rows of the DAO's model. */
        String rows(DaoClass dao) {
            return given(" rows", plural(dao.var));
        }
    }

    /** Adds a statement field, rendered for the dialect and parsed in the constructor; returns its name. */
    String sql(String suggestion, String template, String what) {
        String field = member(suggestion);
        type.addField(FieldSpec.builder(Types.SQL, field, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("$L\n", what).build());
        constructor.addStatement("this.$L = $T.of($L,$W$L)", field, Types.SQL, dialect, SourceFiles.literal(template));
        return field;
    }

    /**
     * Adds the field of a single-row insert of {@code columns}, as {@link #sql} does, with the bound of
     * the bytes its row's values take as a driver sends them when every column's type has one (see
     * {@code Sql.of(Dialect, String, long)}), which lets many rows go in one statement of a known
     * size; returns its name.
     */
    String insertSql(String suggestion, String template, String what, List<Component> columns) {
        long bytes = valueBytes(columns);
        if (bytes <= 0) {
            return sql(suggestion, template, what);
        }
        String field = member(suggestion);
        type.addField(FieldSpec.builder(Types.SQL, field, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("$L Its values take at most $L bytes as a driver sends them.\n", what, bytes).build());
        constructor.addStatement("this.$L = $T.of($L,$W$L,$W$L)", field, Types.SQL, dialect, SourceFiles.literal(template),
                bytes);
        return field;
    }

    /**
     * The most bytes the values of {@code columns} take as a driver sends them, by the rule of the
     * runtime's {@code Sql}: 64 for any value but text, plus 4 per {@code char} of a text column's
     * length; -1 when a column's values have no bound ({@code BigDecimal}, {@code byte[]}), 0 for no
     * columns.
     */
    static long valueBytes(List<Component> columns) {
        long bytes = 0;
        for (Component column : columns) {
            SqlType sqlType = column.sqlType();
            if (sqlType == null || sqlType == SqlType.DECIMAL || sqlType == SqlType.BYTES) {
                return -1;
            }
            bytes += 64;
            if (sqlType == SqlType.STRING || sqlType == SqlType.ENUM) {
                bytes += 4L * column.length();
            }
        }
        return bytes;
    }

    /**
     * Adds a statement field with lists of values, rendered for the dialect and split at its lists in the
     * constructor; returns its name.
     */
    String listSql(String suggestion, String template, String what) {
        String field = member(suggestion);
        type.addField(FieldSpec.builder(Types.LIST_SQL, field, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("$L\n", what).build());
        constructor.addStatement("this.$L = $T.of($L,$W$L)", field, Types.LIST_SQL, dialect, SourceFiles.literal(template));
        return field;
    }

    /**
     * The name of a private field holding the reader of a row of {@code of} ({@link #readerMethod}), made
     * once with the DAO: a method reference in each read would be a new object per call. Written on
     * first use.
     */
    String reader(ModelDef of) {
        return readerFields.computeIfAbsent(of.qualifiedName(), n -> {
            String method = readerMethod(of);
            String field = member(Names.lowerFirst(String.join("", of.type().simpleNames())) + "Reader");
            readerFieldSpecs.add(FieldSpec.builder(ParameterizedTypeName.get(Types.QUERIES.nestedClass("RowMapper"), of.type()),
                            field, Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("Reads a {@link $T} row: {@link #$L}, made once.\n", of.type(), method)
                    .initializer("this::$L", method)
                    .build());
            return field;
        });
    }

    /** The name of a private method reading a row of {@code of}, written on first use. */
    String readerMethod(ModelDef of) {
        return readers.computeIfAbsent(of.qualifiedName(), n -> {
            String method = member("read" + String.join("", of.type().simpleNames()));
            String rs = scope().of("rs");
            readerMethods.add(MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PRIVATE)
                    .addJavadoc("Reads the {@link $T} in the current row of a result that selects\n{@code $L}.\n",
                            of.type(), dml.select(of).plainColumns())
                    .returns(of.type())
                    .addParameter(Types.RESULT_SET, rs)
                    .addException(Types.SQL_EXCEPTION)
                    .addStatement("return $L", construct(of, rs, new int[] {1}))
                    .build());
            return method;
        });
    }

    /** {@code new M(...)} from the columns of {@link Dml#select}, in the same order, from column {@code next[0]} on. */
    private CodeBlock construct(ModelDef of, String rs, int[] next) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Component component : of.components()) {
            if (component.isParent()) {
                arguments.add(construct(graph.parent(of).orElseThrow(), rs, next));
            } else {
                arguments.add(ColumnCode.read(component.sqlType(), component.type(), CodeBlock.of("$L", next[0]++), rs,
                        dialect));
            }
        }
        return CodeBlock.of("new $T($L)", of.type(), CodeBlock.join(arguments, ",$W"));
    }

    /** The expression of a model's key on a record held in {@code variable}: through its parents for a child. */
    CodeBlock key(ModelDef of, String variable) {
        StringBuilder path = new StringBuilder(variable);
        ModelDef current = of;
        while (current.parent().isPresent()) {
            path.append('.').append(current.parent().get().name()).append("()");
            current = graph.parent(current).orElseThrow();
        }
        path.append('.').append(current.ownKey().orElseThrow().name()).append("()");
        return CodeBlock.of("$L", path);
    }

    /** {@code Access.keys(rows, row -> row.key())}: the keys of the DAO's rows in the collection {@code rows}, in order. */
    CodeBlock keys(String rows, String row) {
        return CodeBlock.of("$T.keys($L,$W$L -> $L)", Types.ACCESS, rows, row, key(model, row));
    }

    /** A statement binding {@code value} to parameter {@code index} of {@code ps} as the column's type. */
    CodeBlock bind(Component column, TypeName javaType, String ps, CodeBlock index, CodeBlock value) {
        return ColumnCode.bind(column.sqlType(), javaType, ps, index, value, dialect);
    }

    /**
     * What binds the one parameter of a lookup by {@code value} in {@code Access.one} or {@code list}:
     * the value itself when it binds as a plain {@code setLong}, which {@code Access} does without a
     * binder made per call, else a binder.
     */
    CodeBlock lookup(Component column, TypeName javaType, String ps, CodeBlock value) {
        if (column.sqlType() == SqlType.LONG && javaType.equals(TypeName.LONG)) {
            return value;
        }
        return CodeBlock.of("$L -> $L", ps, bind(column, javaType, ps, CodeBlock.of("1"), value));
    }

    /** Binds the model's key to parameter {@code index}, to look a row up. */
    CodeBlock bindKey(String ps, CodeBlock index, CodeBlock value) {
        return bind(key, keyType, ps, index, value);
    }

    /**
     * A statement binding a value to be stored in the column of {@code owner}: as {@link #bind}, but
     * first checked to fit the column, so that what a database would change is refused instead:
     * text the same way on every database, numbers as MariaDB's columns need, dates and times
     * within the years the database holds.
     */
    CodeBlock bindStored(ModelDef owner, Component column, TypeName javaType, String ps, CodeBlock index, CodeBlock value) {
        String name = owner.name() + "." + column.name();
        switch (column.sqlType()) {
            case STRING:
                return CodeBlock.of("$T.setText($L,$W$L,$W$L,$W$L,$W$S)", Types.JDBC, ps, index, value, column.length(), name);
            case CHAR:
                return CodeBlock.of("$T.setChar($L,$W$L,$W$L,$W$L)", Types.JDBC, ps, index, value, dialect);
            case DECIMAL:
                return CodeBlock.of("$T.setDecimal($L,$W$L,$W$L,$W$L,$W$S)", Types.JDBC, ps, index, value, dialect, name);
            case FLOAT:
            case DOUBLE:
            case DATE:
            case DATETIME:
            case INSTANT:
                return bind(column, javaType, ps, index,
                        CodeBlock.of("$T.storable($L,$W$L,$W$S)", Types.JDBC, value, dialect, name));
            default:
                return bind(column, javaType, ps, index, value);
        }
    }

    /** Binds the model's key to parameter {@code index}, to be stored in a new row. */
    CodeBlock bindStoredKey(String ps, CodeBlock index, CodeBlock value) {
        return bindStored(graph.root(model), key, keyType, ps, index, value);
    }

    /** {@code Collection<? extends M>}, what the batch methods take. */
    TypeName collectionOfModel() {
        return ParameterizedTypeName.get(Types.COLLECTION, WildcardTypeName.subtypeOf(model.type()));
    }

    /** The plural of a variable name: {@code profile} -> {@code profiles}, {@code class} -> {@code classes}. */
    static String plural(String variable) {
        return variable.endsWith("s") ? variable + "es" : variable + "s";
    }

    TypeSpec build() {
        readerFieldSpecs.forEach(type::addField);
        type.addMethod(constructor.build());
        type.addMethods(methods);
        type.addMethods(readerMethods);
        return type.build();
    }
}
