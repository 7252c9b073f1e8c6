package dev.relata.processor.writing.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.condition.Condition;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Finder;
import dev.relata.processor.model.Finder.Returns;
import dev.relata.processor.sql.Dml;
import dev.relata.processor.sql.Literals;
import dev.relata.processor.writing.Types;
import dev.relata.processor.writing.code.AnnotationSpec;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code @Finders}: the implementation of each finder method, one statement per call, and the row
 * mapper every DAO offers for users' own SQL.
 */
final class FinderMethods {
    private final DaoClass dao;

    FinderMethods(DaoClass dao) {
        this.dao = dao;
    }

    /** {@code rowMapper()} and {@code selectSql()}: the DAO's reader and the select it reads, public. */
    void writeRowAccess() {
        Dml.Select select = dao.dml.select(dao.model);
        String sql = dao.sql("selectStatement", select.sql(), "Selects every row, unordered: what the row mapper reads.");
        String reader = dao.readerMethod(dao.model);
        dao.methods.add(MethodSpec.methodBuilder("rowMapper").addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Types.ROW_MAPPER, dao.model.type()))
                .addJavadoc("Reads the {@link $T} in the current row of a result whose columns are those of\n"
                        + "{@link #selectSql()}, in that order, for SQL of your own:\n"
                        + "{@code $L}.\n", dao.model.type(), select.plainColumns())
                .addStatement("return this::$L", reader)
                .build());
        dao.methods.add(MethodSpec.methodBuilder("selectSql").addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The {@code SELECT} of every column {@link #rowMapper()} reads, in its order, for this DAO's\n"
                        + "dialect: the table {@code $L} as {@code t0}$L.\n"
                        + "Add a {@code WHERE}, an {@code ORDER BY} or joins of your own, with values as {@code ?} parameters.\n",
                        dao.model.table(), dao.child ? ", its parents' tables as {@code t1}, {@code t2} and so on" : "")
                .addStatement("return $L.text()", sql)
                .build());
    }

    /** Implements the interface's methods and declares that the DAO implements it. */
    void write(Finder finder) {
        dao.type.addSuperinterface(finder.type()).inheritedNames(finder.memberNames());
        for (Finder.Method method : finder.methods()) {
            write(finder, method);
        }
    }

    private void write(Finder finder, Finder.Method method) {
        Dml.FinderSql query = dao.dml.finder(dao.model, method);
        String describe = finder.describe(method);
        String field = query.hasLists()
                ? dao.listSql(method.name() + "Sql", query.sql(), "The statement of " + describe + ".")
                : dao.sql(method.name() + "Sql", query.sql(), "The statement of " + describe + ".");
        DaoClass.Scope s = dao.scope();
        MethodSpec.Builder code = MethodSpec.methodBuilder(method.name()).addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(method.returnType())
                .varargs(method.varargs())
                .addJavadoc(javadoc(finder, method));
        List<CodeBlock> lists = new ArrayList<>();
        for (Finder.Parameter parameter : method.parameters()) {
            String local = s.named(" parameter " + parameter.name(), parameter.name());
            List<AnnotationSpec> annotations = new ArrayList<>();
            for (ClassName nullable : parameter.nullable()) {
                annotations.add(AnnotationSpec.get(nullable));
            }
            code.addParameter(annotations, parameter.signatureType(), local);
            if (parameter.elementType() != null || parameter.paging()) {
                code.addStatement("$T.requireNonNull($L, $S)", Objects.class, local, parameter.name());
            }
        }
        String connection = s.of("connection");
        String ps = s.of("ps");
        CodeBlock statement;
        if (query.hasLists()) {
            for (Dml.Value value : query.values()) {
                if (value.list()) {
                    lists.add(CodeBlock.of("$L.size()", s.named(" parameter " + value.literal().text(), value.literal().text())));
                }
            }
            statement = CodeBlock.of("$L.expand($L)", field, CodeBlock.join(lists, ",$W"));
        } else {
            statement = CodeBlock.of("$L", field);
        }
        CodeBlock binder = CodeBlock.of("$L -> {\n$>$L$<}", ps, binds(s, method, query, ps));
        if (query.values().isEmpty() && !query.paged()) {
            binder = CodeBlock.of("$L -> { }", ps);
        }
        String reader = dao.reader(dao.model);
        CodeBlock run = switch (method.returns()) {
            case LIST -> CodeBlock.of("$T.list($L,$W$L,$W$L,$W$L)", Types.QUERIES, connection, statement, binder, reader);
            case ONE -> CodeBlock.of("$T.single($L,$W$L,$W$L,$W$L,$W$S)", Types.QUERIES, connection, statement, binder,
                    reader, describe);
            case COUNT -> CodeBlock.of("$T.count($L,$W$L,$W$L)", Types.QUERIES, connection, statement, binder);
            case EXISTS -> CodeBlock.of("$T.exists($L,$W$L,$W$L)", Types.QUERIES, connection, statement, binder);
            case UNSUPPORTED -> throw new IllegalStateException("A finder with an unsupported return type: " + describe);
        };
        code.addCode("return $L.read($L ->$W$L);\n", dao.db, connection, run);
        dao.methods.add(code.build());
    }

    /** The statements binding the finder's values, then its paging, from parameter 1 on. */
    private CodeBlock binds(DaoClass.Scope s, Finder.Method method, Dml.FinderSql query, String ps) {
        CodeBlock.Builder code = CodeBlock.builder();
        String index = s.of("index");
        boolean counted = query.hasLists();
        if (counted) {
            code.addStatement("int $L = 1", index);
        }
        int position = 1;
        for (Dml.Value value : query.values()) {
            Component component = value.component();
            CodeBlock at = counted ? CodeBlock.of("$L++", index) : CodeBlock.of("$L", position++);
            if (value.literal().kind() != Condition.Literal.Kind.PARAMETER) {
                code.addStatement(dao.bind(component, component.type(), ps, at,
                        likePattern(value, Literals.javaValue(component.sqlType(), component.type(), value.literal()))));
                continue;
            }
            Finder.Parameter parameter = method.parameter(value.literal().text());
            String local = s.named(" parameter " + parameter.name(), parameter.name());
            if (value.list()) {
                TypeName element = parameter.elementType().withoutAnnotations().box();
                String item = s.named(" item " + parameter.name(), "value");
                code.beginControlFlow("for ($T $L : $L)", element, item, local)
                        .addStatement(dao.bind(component, element, ps, at, CodeBlock.of("$L", item)))
                        .endControlFlow();
            } else {
                code.addStatement(dao.bind(component, parameter.type(), ps, at, likePattern(value, CodeBlock.of("$L", local))));
            }
        }
        if (query.paged()) {
            String paging = s.named(" parameter " + method.paging().name(), method.paging().name());
            CodeBlock limit = counted ? CodeBlock.of("$L++", index) : CodeBlock.of("$L", position++);
            CodeBlock offset = counted ? CodeBlock.of("$L", index) : CodeBlock.of("$L", position);
            code.addStatement("$L.setInt($L, $L.limit())", ps, limit, paging)
                    .addStatement("$L.setLong($L, $L.offset())", ps, offset, paging);
        }
        return code.build();
    }

    /** A LIKE pattern as the statement's escape character needs it; any other value as it is. */
    private static CodeBlock likePattern(Dml.Value value, CodeBlock expression) {
        return value.like() ? CodeBlock.of("$T.likePattern($L)", Types.JDBC, expression) : expression;
    }

    /** Text as Javadoc shows it: no comment end, no unicode escape, no unbalanced brace in {@code}. */
    private static String docText(String text) {
        return text.replace("&", "&amp;").replace("\\", "&#92;").replace("*/", "*&#47;").replace("{", "&#123;")
                .replace("}", "&#125;").replace("@", "&#64;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private CodeBlock javadoc(Finder finder, Finder.Method method) {
        CodeBlock.Builder doc = CodeBlock.builder();
        ClassName declaredIn = method.declaredInName();
        String what = switch (method.returns()) {
            case LIST -> "The {@link $T} rows";
            case ONE -> "The {@link $T}";
            case COUNT -> "How many {@link $T} rows there are";
            default -> "Whether there is any {@link $T} row";
        };
        doc.add(what, dao.model.type());
        if (method.condition() != null) {
            doc.add(" where {@code $L}", docText(method.where()));
        }
        if (method.returns() == Returns.LIST) {
            if (method.order().isEmpty()) {
                doc.add(", ordered by key");
            } else {
                doc.add(", ordered by {@code $L}, then by key", docText(method.orderBy()));
            }
            if (method.paging() != null) {
                doc.add(", one page of them");
            }
        }
        doc.add(", in one query");
        if (method.returns() == Returns.ONE) {
            doc.add(", or empty when there is none.\n\n@throws $T when more than one matches", Types.RELATA_EXCEPTION);
        }
        doc.add(".\n\n@see $T#$L\n", declaredIn, method.name());
        return doc.build();
    }
}
