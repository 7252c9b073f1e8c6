package dev.relata.processor.writing.dao;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.model.Accessors.Accessor;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph.Edge;
import dev.relata.processor.writing.Types;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.MethodSpec;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Forward and reverse accessors, one row at a time and for many rows at once. */
final class AccessorMethods {
    /** How many keys one batch lookup binds, as the Javadoc says. */
    private static final String ARRAY_CHUNK = String.format(Locale.ROOT, "%,d", Types.ARRAY_CHUNK);
    private static final String LIST_CHUNK = String.format(Locale.ROOT, "%,d", Types.LIST_CHUNK);

    private final DaoClass dao;

    AccessorMethods(DaoClass dao) {
        this.dao = dao;
    }

    void writeForward(Accessor accessor) {
        Component link = accessor.declaredBy();
        ModelDef target = accessor.edge().target();
        String sql = dao.sql(accessor.name() + "Sql", dao.dml.findById(target),
                "Selects the " + target.name() + " that one " + accessor.describe() + " link points to.");
        Component targetKey = dao.graph.key(target);
        DaoClass.Scope s = dao.scope();
        String row = s.row(dao);
        String key = s.of("key");
        String ps = s.of("ps");
        MethodSpec.Builder method = MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .addParameter(dao.model.type(), row)
                .addStatement("$T.requireNonNull($L,$W$S)", Objects.class, row, row)
                .addStatement("$T $L = $L", link.type(), key, linkValue(accessor, row));
        CodeBlock query = CodeBlock.of("$L.one($L,$W$L,$W$L)", dao.db, sql,
                dao.lookup(targetKey, link.type(), ps, CodeBlock.of("$L", key)), dao.reader(target));
        if (link.nullable()) {
            method.returns(ParameterizedTypeName.get(Types.OPTIONAL, target.type()))
                    .addJavadoc("The {@link $T} this {@code $L} links to through {@code $L}, or empty when the link is null.\n",
                            target.type(), row, accessor.describe())
                    .beginControlFlow("if ($L == null)", key).addStatement("return $T.empty()", Optional.class).endControlFlow()
                    .addStatement("return $L", query);
        } else {
            method.returns(target.type())
                    .addJavadoc("The {@link $T} this {@code $L} links to through {@code $L}.\n\n@throws $T when it does not exist\n",
                            target.type(), row, accessor.describe(), Types.RELATA_EXCEPTION)
                    .addStatement("return $L\n.orElseThrow(() -> $T.missingTarget($S,$W$S,$W$L))", query, Types.ACCESS,
                            accessor.describe(), target.name(), key);
        }
        dao.methods.add(method.build());
    }

    void writeForwardBatch(Accessor accessor) {
        ModelDef target = accessor.edge().target();
        String sql = dao.sql(accessor.name() + "Sql", dao.dml.findByIds(target),
                "Selects the " + target.name() + " rows of many " + accessor.describe() + " links.");
        DaoClass.Scope s = dao.scope();
        String rows = s.rows(dao);
        String row = s.of("row");
        String targetRow = s.of("target");
        dao.methods.add(MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Types.MAP, dao.boxedKey, target.type()))
                .addParameter(dao.collectionOfModel(), rows)
                .addJavadoc("The {@link $T} rows these rows link to through {@code $L}, keyed by each row's key, in one\n"
                        + "query per $L keys on PostgreSQL, at most $L elsewhere; rows whose link is null are absent.\n", target.type(),
                        accessor.describe(), ARRAY_CHUNK, LIST_CHUNK)
                .addStatement("return $L.forward($L,$W$L,$W$L -> $L,$W$L -> $L,$W$L,$W$L -> $L)",
                        dao.db, sql, rows, row, dao.key(dao.model, row), row, linkValue(accessor, row), dao.reader(target),
                        targetRow, dao.key(target, targetRow))
                .build());
    }

    /**
     * The reverse accessor: the row that links here through a one-to-one link, or, through a foreign
     * key, every row that links here, ordered by key.
     */
    void writeReverse(Accessor accessor) {
        Edge edge = accessor.edge();
        ModelDef source = edge.source();
        boolean many = edge.many();
        String sql = dao.sql(accessor.name() + "Sql", dao.dml.linking(edge), many
                ? "Selects the " + source.name() + " rows that link here through " + accessor.describe() + ", by key."
                : "Selects the " + source.name() + " that links here through " + accessor.describe() + ".");
        DaoClass.Scope s = dao.scope();
        String row = s.row(dao);
        String key = s.of("key");
        String ps = s.of("ps");
        MethodSpec.Builder method = MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .addParameter(dao.model.type(), row);
        if (many) {
            method.returns(ParameterizedTypeName.get(Types.LIST, source.type()))
                    .addJavadoc("The {@link $T} rows that link to this {@code $L} through {@code $L}, ordered by key; empty"
                            + " when none does.\n", source.type(), row, accessor.describe());
        } else {
            method.returns(ParameterizedTypeName.get(Types.OPTIONAL, source.type()))
                    .addJavadoc("The {@link $T} that links to this {@code $L} through {@code $L}, or empty when none does.\n",
                            source.type(), row, edge.isParentLink() ? accessor.describe() + " (@Parent)" : accessor.describe());
        }
        dao.methods.add(method
                .addStatement("$T.requireNonNull($L,$W$S)", Objects.class, row, row)
                .addStatement("$T $L = $L", dao.keyType, key, dao.key(dao.model, row))
                .addStatement("return $L.$L($L,$W$L,$W$L)", dao.db, many ? "list" : "one", sql,
                        dao.lookup(dao.key, dao.keyType, ps, CodeBlock.of("$L", key)), dao.reader(source))
                .build());
    }

    void writeReverseBatch(Accessor accessor) {
        Edge edge = accessor.edge();
        ModelDef source = edge.source();
        // A foreign key's rows come ordered by key: by the database for a key of another type, by the
        // runtime for a whole number key, whose order in Java is the database's.
        boolean orderedHere = edge.many() && wholeNumber(dao.graph.key(source).type());
        String sql = dao.sql(accessor.name() + "Sql", dao.dml.linkingAny(edge, orderedHere),
                "Selects the " + source.name() + " rows that link to many rows through " + accessor.describe() + ".");
        DaoClass.Scope s = dao.scope();
        String rows = s.rows(dao);
        String keys = s.of("keys");
        String row = s.of("row");
        CodeBlock linkOf = edge.isParentLink() ? dao.key(source, row) : CodeBlock.of("$L.$L()", row, edge.component().name());
        TypeName linkType = edge.isParentLink() ? dao.graph.key(source).type() : edge.component().type();
        if (linkType.isPrimitive()) {
            linkOf = CodeBlock.of("($T) $L", dao.boxedKey, linkOf);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(accessor.name()).addModifiers(Modifier.PUBLIC)
                .addParameter(dao.collectionOfModel(), rows);
        if (edge.many()) {
            method.returns(ParameterizedTypeName.get(Types.MAP, dao.boxedKey,
                            ParameterizedTypeName.get(Types.LIST, source.type())))
                    .addJavadoc("The {@link $T} rows that link to these rows through {@code $L}, ordered by key, keyed by\n"
                            + "each row's key, in one query per $L keys on PostgreSQL, at most $L elsewhere; every row's key\n"
                            + "is there, with an empty list when nothing links to it.\n", source.type(), accessor.describe(),
                            ARRAY_CHUNK, LIST_CHUNK);
        } else {
            method.returns(ParameterizedTypeName.get(Types.MAP, dao.boxedKey, source.type()))
                    .addJavadoc("The {@link $T} rows that link to these rows through {@code $L}, keyed by each row's key, in\n"
                            + "one query per $L keys on PostgreSQL, at most $L elsewhere; rows nothing links to are absent.\n",
                            source.type(), accessor.describe(), ARRAY_CHUNK, LIST_CHUNK);
        }
        dao.methods.add(method
                .addStatement("$T<$T> $L = $L", List.class, dao.boxedKey, keys, dao.keys(rows, row))
                .addStatement("return $L.$L($L,$W$L,$W$L,$W$L -> $L$L)", dao.db, edge.many() ? "reverseMany" : "reverse",
                        sql, keys, dao.reader(source), row, linkOf,
                        orderedHere ? CodeBlock.of(",$W$L -> $L", row, dao.key(source, row)) : CodeBlock.of(""))
                .build());
    }

    /** Whether a key of this type is a whole number: {@code long}, {@code int} or their boxes (not text or a UUID). */
    private static boolean wholeNumber(TypeName type) {
        TypeName unboxed = type.isBoxedPrimitive() ? type.unbox() : type;
        return unboxed.equals(TypeName.LONG) || unboxed.equals(TypeName.INT);
    }

    /** The link's value on a record of the DAO's model held in {@code row}: through its parents for an inherited link. */
    static CodeBlock linkValue(Accessor accessor, String row) {
        StringBuilder path = new StringBuilder(row);
        for (ModelDef step : accessor.path()) {
            path.append('.').append(step.parent().orElseThrow().name()).append("()");
        }
        return CodeBlock.of("$L.$L()", path, accessor.declaredBy().name());
    }
}
