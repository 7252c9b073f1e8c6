package dev.relata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.writing.code.CodeBlock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The JDBC code that reads and binds a column of each type. */
public final class ColumnCode {
    private ColumnCode() {}

    /**
     * An expression reading column {@code index} of the result set in variable {@code rs} as
     * {@code javaType}; {@code dialect} names the variable that holds the {@code Dialect}.
     */
    public static CodeBlock read(SqlType type, TypeName javaType, CodeBlock index, String rs, String dialect) {
        boolean primitive = javaType.isPrimitive();
        switch (type) {
            case BOOLEAN: return primitive ? CodeBlock.of("$L.getBoolean($L)", rs, index) : CodeBlock.of("$T.getBooleanOrNull($L, $L)", Types.JDBC, rs, index);
            case BYTE: return primitive ? CodeBlock.of("$L.getByte($L)", rs, index) : CodeBlock.of("$T.getByteOrNull($L, $L)", Types.JDBC, rs, index);
            case SHORT: return primitive ? CodeBlock.of("$L.getShort($L)", rs, index) : CodeBlock.of("$T.getShortOrNull($L, $L)", Types.JDBC, rs, index);
            case INT: return primitive ? CodeBlock.of("$L.getInt($L)", rs, index) : CodeBlock.of("$T.getIntOrNull($L, $L)", Types.JDBC, rs, index);
            case LONG: return primitive ? CodeBlock.of("$L.getLong($L)", rs, index) : CodeBlock.of("$T.getLongOrNull($L, $L)", Types.JDBC, rs, index);
            case FLOAT: return primitive ? CodeBlock.of("$L.getFloat($L)", rs, index) : CodeBlock.of("$T.getFloatOrNull($L, $L)", Types.JDBC, rs, index);
            case DOUBLE: return primitive ? CodeBlock.of("$L.getDouble($L)", rs, index) : CodeBlock.of("$T.getDoubleOrNull($L, $L)", Types.JDBC, rs, index);
            case CHAR: return CodeBlock.of("$T.getChar($L, $L)", Types.JDBC, rs, index);
            case STRING: return CodeBlock.of("$L.getString($L)", rs, index);
            case DECIMAL: return CodeBlock.of("$L.getBigDecimal($L)", rs, index);
            case UUID: return CodeBlock.of("$T.getUuid($L, $L, $L)", Types.JDBC, rs, index, dialect);
            case DATE: return CodeBlock.of("$T.getObject($L, $L, $T.class)", Types.JDBC, rs, index, LocalDate.class);
            case DATETIME: return CodeBlock.of("$T.getObject($L, $L, $T.class)", Types.JDBC, rs, index, LocalDateTime.class);
            case INSTANT: return CodeBlock.of("$T.getInstant($L, $L, $L)", Types.JDBC, rs, index, dialect);
            case BYTES: return CodeBlock.of("$L.getBytes($L)", rs, index);
            case ENUM: return CodeBlock.of("$T.getEnum($L, $L, $T.class)", Types.JDBC, rs, index, rawType(javaType));
            default: throw new IllegalArgumentException(type.toString());
        }
    }

    /**
     * A statement binding {@code value} to parameter {@code index} of the statement in variable
     * {@code ps}; {@code dialect} names the variable that holds the {@code Dialect}.
     */
    public static CodeBlock bind(SqlType type, TypeName javaType, String ps, CodeBlock index, CodeBlock value,
            String dialect) {
        boolean primitive = javaType.isPrimitive();
        switch (type) {
            case BOOLEAN: return primitive ? CodeBlock.of("$L.setBoolean($L, $L)", ps, index, value) : CodeBlock.of("$T.setBooleanOrNull($L, $L, $L)", Types.JDBC, ps, index, value);
            case BYTE: return primitive ? CodeBlock.of("$L.setByte($L, $L)", ps, index, value) : CodeBlock.of("$T.setByteOrNull($L, $L, $L)", Types.JDBC, ps, index, value);
            case SHORT: return primitive ? CodeBlock.of("$L.setShort($L, $L)", ps, index, value) : CodeBlock.of("$T.setShortOrNull($L, $L, $L)", Types.JDBC, ps, index, value);
            case INT: return primitive ? CodeBlock.of("$L.setInt($L, $L)", ps, index, value) : CodeBlock.of("$T.setIntOrNull($L, $L, $L)", Types.JDBC, ps, index, value);
            case LONG: return primitive ? CodeBlock.of("$L.setLong($L, $L)", ps, index, value) : CodeBlock.of("$T.setLongOrNull($L, $L, $L)", Types.JDBC, ps, index, value);
            case FLOAT: return primitive ? CodeBlock.of("$L.setFloat($L, $L)", ps, index, value) : CodeBlock.of("$T.setFloatOrNull($L, $L, $L)", Types.JDBC, ps, index, value);
            case DOUBLE: return primitive ? CodeBlock.of("$L.setDouble($L, $L)", ps, index, value) : CodeBlock.of("$T.setDoubleOrNull($L, $L, $L)", Types.JDBC, ps, index, value);
            case CHAR: return CodeBlock.of("$T.setComparedChar($L, $L, $L, $L)", Types.JDBC, ps, index, value, dialect);
            case STRING: return CodeBlock.of("$T.setComparedText($L, $L, $L)", Types.JDBC, ps, index, value);
            case DECIMAL: return CodeBlock.of("$L.setBigDecimal($L, $L)", ps, index, value);
            case UUID: return CodeBlock.of("$T.setUuid($L, $L, $L, $L)", Types.JDBC, ps, index, value, dialect);
            case DATE: return CodeBlock.of("$T.setObject($L, $L, $L, $T.DATE)", Types.JDBC, ps, index, value, Types.SQL_TYPES);
            case DATETIME: return CodeBlock.of("$T.setDateTime($L, $L, $L)", Types.JDBC, ps, index, value);
            case INSTANT: return CodeBlock.of("$T.setInstant($L, $L, $L, $L)", Types.JDBC, ps, index, value, dialect);
            case BYTES: return CodeBlock.of("$L.setBytes($L, $L)", ps, index, value);
            case ENUM: return CodeBlock.of("$T.setEnum($L, $L, $L)", Types.JDBC, ps, index, value);
            default: throw new IllegalArgumentException(type.toString());
        }
    }

    private static TypeName rawType(TypeName type) {
        return type instanceof ClassName ? type : type.withoutAnnotations();
    }
}
