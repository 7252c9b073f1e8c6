package dev.relata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.model.SqlType;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The JDBC code that reads and binds a column of each type. */
final class ColumnCode {
    private ColumnCode() {}

    /** An expression reading column {@code index} of {@code rs} as {@code javaType}. */
    static CodeBlock read(SqlType type, TypeName javaType, CodeBlock index) {
        boolean primitive = javaType.isPrimitive();
        switch (type) {
            case BOOLEAN: return primitive ? CodeBlock.of("rs.getBoolean($L)", index) : CodeBlock.of("$T.getBooleanOrNull(rs, $L)", Types.JDBC, index);
            case BYTE: return primitive ? CodeBlock.of("rs.getByte($L)", index) : CodeBlock.of("$T.getByteOrNull(rs, $L)", Types.JDBC, index);
            case SHORT: return primitive ? CodeBlock.of("rs.getShort($L)", index) : CodeBlock.of("$T.getShortOrNull(rs, $L)", Types.JDBC, index);
            case INT: return primitive ? CodeBlock.of("rs.getInt($L)", index) : CodeBlock.of("$T.getIntOrNull(rs, $L)", Types.JDBC, index);
            case LONG: return primitive ? CodeBlock.of("rs.getLong($L)", index) : CodeBlock.of("$T.getLongOrNull(rs, $L)", Types.JDBC, index);
            case FLOAT: return primitive ? CodeBlock.of("rs.getFloat($L)", index) : CodeBlock.of("$T.getFloatOrNull(rs, $L)", Types.JDBC, index);
            case DOUBLE: return primitive ? CodeBlock.of("rs.getDouble($L)", index) : CodeBlock.of("$T.getDoubleOrNull(rs, $L)", Types.JDBC, index);
            case CHAR: return CodeBlock.of("$T.getChar(rs, $L)", Types.JDBC, index);
            case STRING: return CodeBlock.of("rs.getString($L)", index);
            case DECIMAL: return CodeBlock.of("rs.getBigDecimal($L)", index);
            case UUID: return CodeBlock.of("$T.getUuid(rs, $L, dialect)", Types.JDBC, index);
            case DATE: return CodeBlock.of("$T.getObject(rs, $L, $T.class)", Types.JDBC, index, LocalDate.class);
            case DATETIME: return CodeBlock.of("$T.getObject(rs, $L, $T.class)", Types.JDBC, index, LocalDateTime.class);
            case INSTANT: return CodeBlock.of("$T.getInstant(rs, $L, dialect)", Types.JDBC, index);
            case BYTES: return CodeBlock.of("rs.getBytes($L)", index);
            case ENUM: return CodeBlock.of("$T.getEnum(rs, $L, $T.class)", Types.JDBC, index, rawType(javaType));
            default: throw new IllegalArgumentException(type.toString());
        }
    }

    /** A statement binding {@code value} to parameter {@code index} of {@code ps}. */
    static CodeBlock bind(SqlType type, TypeName javaType, CodeBlock index, CodeBlock value) {
        boolean primitive = javaType.isPrimitive();
        switch (type) {
            case BOOLEAN: return primitive ? CodeBlock.of("ps.setBoolean($L, $L)", index, value) : CodeBlock.of("$T.setBooleanOrNull(ps, $L, $L)", Types.JDBC, index, value);
            case BYTE: return primitive ? CodeBlock.of("ps.setByte($L, $L)", index, value) : CodeBlock.of("$T.setByteOrNull(ps, $L, $L)", Types.JDBC, index, value);
            case SHORT: return primitive ? CodeBlock.of("ps.setShort($L, $L)", index, value) : CodeBlock.of("$T.setShortOrNull(ps, $L, $L)", Types.JDBC, index, value);
            case INT: return primitive ? CodeBlock.of("ps.setInt($L, $L)", index, value) : CodeBlock.of("$T.setIntOrNull(ps, $L, $L)", Types.JDBC, index, value);
            case LONG: return primitive ? CodeBlock.of("ps.setLong($L, $L)", index, value) : CodeBlock.of("$T.setLongOrNull(ps, $L, $L)", Types.JDBC, index, value);
            case FLOAT: return primitive ? CodeBlock.of("ps.setFloat($L, $L)", index, value) : CodeBlock.of("$T.setFloatOrNull(ps, $L, $L)", Types.JDBC, index, value);
            case DOUBLE: return primitive ? CodeBlock.of("ps.setDouble($L, $L)", index, value) : CodeBlock.of("$T.setDoubleOrNull(ps, $L, $L)", Types.JDBC, index, value);
            case CHAR: return CodeBlock.of("$T.setChar(ps, $L, $L)", Types.JDBC, index, value);
            case STRING: return CodeBlock.of("ps.setString($L, $L)", index, value);
            case DECIMAL: return CodeBlock.of("ps.setBigDecimal($L, $L)", index, value);
            case UUID: return CodeBlock.of("$T.setUuid(ps, $L, $L, dialect)", Types.JDBC, index, value);
            case DATE: return CodeBlock.of("$T.setObject(ps, $L, $L, $T.DATE)", Types.JDBC, index, value, Types.SQL_TYPES);
            case DATETIME: return CodeBlock.of("$T.setObject(ps, $L, $L, $T.TIMESTAMP)", Types.JDBC, index, value, Types.SQL_TYPES);
            case INSTANT: return CodeBlock.of("$T.setInstant(ps, $L, $L, dialect)", Types.JDBC, index, value);
            case BYTES: return CodeBlock.of("ps.setBytes($L, $L)", index, value);
            case ENUM: return CodeBlock.of("$T.setEnum(ps, $L, $L)", Types.JDBC, index, value);
            default: throw new IllegalArgumentException(type.toString());
        }
    }

    private static TypeName rawType(TypeName type) {
        return type instanceof ClassName ? type : type.withoutAnnotations();
    }
}
