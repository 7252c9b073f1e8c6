package dev.relata.processor.sql;

import com.palantir.javapoet.TypeName;
import dev.relata.processor.condition.Condition.Literal;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.writing.code.CodeBlock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Literals written in annotations ({@code @Default}, {@code limitChoicesTo}): whether they fit a
 * column's type, and the Java expression that binds them.
 */
public final class Literals {
    /** A number as {@code @Default} and conditions write it: digits, a fraction, an exponent. */
    private static final String NUMBER = "[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?";

    private Literals() {}

    /** Why {@code text} is not a literal of the type, or null when it is. */
    public static String check(SqlType type, String text, List<String> enumConstants) {
        try {
            switch (type) {
                case BOOLEAN:
                    return text.equals("true") || text.equals("false") ? null : "write true or false";
                case BYTE: return fits(text, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
                case SHORT: return fits(text, Short.MIN_VALUE, Short.MAX_VALUE, "short");
                case INT: return fits(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
                case LONG: return fits(text, Long.MIN_VALUE, Long.MAX_VALUE, "long");
                case FLOAT:
                case DOUBLE:
                    return fitsFloating(text, type);
                case DECIMAL: return decimal(text);
                case CHAR: return text.length() == 1 ? null : "a char default is exactly one character";
                case STRING: return null;
                case ENUM:
                    return enumConstants.contains(text) ? null : "write one of the constants " + String.join(", ", enumConstants);
                case UUID: UUID.fromString(text); return null;
                case DATE: LocalDate.parse(text); return null;
                case DATETIME: LocalDateTime.parse(text); return null;
                case INSTANT: Instant.parse(text); return null;
                case BYTES: return "byte[] columns take no default";
                default: return "no literal fits this type";
            }
        } catch (RuntimeException e) {
            return "`" + text + "` is not a valid " + describe(type);
        }
    }

    /** How to write a literal of the type, for a comparison that used another. */
    private static String ownType(SqlType type) {
        String form = switch (type) {
            case BOOLEAN -> "true or false";
            case BYTE, SHORT, INT, LONG -> "a whole number, such as 10";
            case FLOAT, DOUBLE, DECIMAL -> "a number, such as 2.5";
            case CHAR -> "one character in quotes, such as 'a'";
            case STRING -> "a string in quotes, such as 'text'";
            case ENUM -> "one of the enum's constants";
            case UUID -> "a UUID in quotes, such as '123e4567-e89b-12d3-a456-426614174000'";
            case DATE -> "a date in quotes, such as '2024-12-31'";
            case DATETIME -> "a date and time in quotes, such as '2024-12-31T23:59:59'";
            case INSTANT -> "an instant in quotes, such as '2024-12-31T23:59:59Z'";
            case BYTES -> "nothing: byte[] columns cannot be compared";
        };
        return "Compare it with a literal of its own type: " + form + ".";
    }

    /**
     * Why the text is no {@code BigDecimal} that every database stores as written: MariaDB's
     * {@code DECIMAL(65, 30)} keeps at most 35 digits before the point and 30 after it (trailing
     * zeros aside), and rounds or refuses the rest; H2's and PostgreSQL's keep every digit.
     */
    private static String decimal(String text) {
        if (!text.matches(NUMBER)) {
            return "`" + text + "` is not a number";
        }
        BigDecimal value = new BigDecimal(text);
        BigDecimal exact = value.stripTrailingZeros();
        int decimals = Math.max(exact.scale(), 0);
        int digits = exact.precision() - exact.scale();
        if (value.signum() != 0 && (decimals > 30 || digits > 35)) {
            return "`" + text + "` has " + Math.max(digits, 0) + " digits before the point and " + decimals
                    + " after it, where MariaDB's DECIMAL(65, 30) keeps at most 35 and 30";
        }
        return null;
    }

    private static String fits(String text, long min, long max, String type) {
        if (!text.matches("[-+]?[0-9]+")) {
            return "`" + text + "` is not a whole number";
        }
        BigDecimal value = new BigDecimal(text);
        return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0 ? null
                : "`" + text + "` does not fit " + (type.equals("int") ? "an " : "a ") + type + " (" + min + " to " + max + ")";
    }

    /**
     * Whether a number fits a float or a double column: the DDL takes the literal as it is written, the
     * generated Java the value it parses to. MariaDB's CREATE TABLE refuses a default beyond the type's
     * largest value: it parses a float's literal as a double and compares it with {@code Float.MAX_VALUE},
     * so it refuses even {@code 3.4028235e38}, the text Java gives that value. A literal that overflows
     * to infinity fails on H2 and PostgreSQL too, once the default is used, and would be Infinity in Java.
     * A literal other than zero that lies nearer to zero than the type's smallest value becomes 0 on
     * MariaDB, and PostgreSQL refuses it.
     */
    private static String fitsFloating(String text, SqlType type) {
        if (!text.matches(NUMBER)) {
            return "`" + text + "` is not a number";
        }
        boolean single = type == SqlType.FLOAT;
        String name = single ? "float" : "double";
        double max = single ? Float.MAX_VALUE : Double.MAX_VALUE;
        double value = Double.parseDouble(text);
        if (Math.abs(value) > max) {
            return "`" + text + "` does not fit a " + name + " (" + -max + " to " + max + ")";
        }
        double stored = single ? Float.parseFloat(text) : value;
        boolean zero = !text.replaceFirst("[eE].*", "").matches(".*[1-9].*");
        if (stored == 0 && !zero) {
            return "`" + text + "` is nearer to zero than any " + name + ", so it would become 0 (the smallest non-zero "
                    + name + " is " + (single ? String.valueOf(Float.MIN_VALUE) : String.valueOf(Double.MIN_VALUE)) + ")";
        }
        return null;
    }

    private static String describe(SqlType type) {
        return switch (type) {
            case UUID -> "UUID, such as 123e4567-e89b-12d3-a456-426614174000";
            case DATE -> "date, such as 2024-12-31";
            case DATETIME -> "date and time, such as 2024-12-31T23:59:59";
            case INSTANT -> "instant, such as 2024-12-31T23:59:59Z";
            case DECIMAL -> "decimal number";
            default -> type.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Why comparing a column of the type with the literal makes no sense, or null when it does. */
    public static String checkComparison(SqlType type, boolean nullable, String operator, Literal literal,
            List<String> enumConstants) {
        boolean ordering = !operator.equals("=") && !operator.equals("!=");
        if (literal.kind() == Literal.Kind.PARAMETER) {
            return "Compare with a literal: :parameters are bound only in the @Where of a @Finders method.";
        }
        if (operator.equals("like")) {
            if (type != SqlType.STRING) {
                return "`like` matches String components only; compare this one with =, !=, <, <=, > or >=.";
            }
            return literal.kind() == Literal.Kind.STRING ? null : "Write the pattern as a 'string', such as 'Lon%'.";
        }
        switch (literal.kind()) {
            case NULL:
                if (ordering) {
                    return "Compare with null using = or != only.";
                }
                return nullable ? null : "The component cannot be null; remove the comparison, or make it @Nullable.";
            case BOOLEAN:
                if (type != SqlType.BOOLEAN) {
                    return ownType(type);
                }
                return ordering ? "Compare booleans using = or != only." : null;
            case NUMBER:
                if (!type.isNumeric()) {
                    return ownType(type);
                }
                String problem = check(type, literal.text(), enumConstants);
                return problem == null ? null : "The number does not fit: " + problem + ".";
            case STRING:
                if (type == SqlType.ENUM) {
                    // 'ACTIVE' reads as naturally as ACTIVE to anyone who writes SQL: both name the constant.
                    if (ordering) {
                        return "Compare enum constants using = or != only.";
                    }
                    return enumConstants.contains(literal.text()) ? null
                            : "Write one of the constants " + String.join(", ", enumConstants) + ".";
                }
                if (type != SqlType.STRING && type != SqlType.CHAR && type != SqlType.UUID && type != SqlType.DATE
                        && type != SqlType.DATETIME && type != SqlType.INSTANT) {
                    return ownType(type);
                }
                String bad = check(type, literal.text(), enumConstants);
                return bad == null ? null : "The string is not a valid value: " + bad + ".";
            case NAME:
                if (type != SqlType.ENUM) {
                    return type == SqlType.STRING ? "Put strings in 'quotes'." : ownType(type);
                }
                if (ordering) {
                    return "Compare enum constants using = or != only.";
                }
                return enumConstants.contains(literal.text()) ? null
                        : "Write one of the constants " + String.join(", ", enumConstants) + ".";
            default:
                return ownType(type);
        }
    }

    /** The Java expression of the literal, as a value of the column's Java type. */
    public static CodeBlock javaValue(SqlType type, TypeName javaType, Literal literal) {
        if (literal.kind() == Literal.Kind.NULL) {
            return CodeBlock.of("null");
        }
        return javaValue(type, javaType, literal.text());
    }

    public static CodeBlock javaValue(SqlType type, TypeName javaType, String text) {
        switch (type) {
            case BOOLEAN: return CodeBlock.of("$L", text);
            case BYTE: return CodeBlock.of("(byte) $L", text);
            case SHORT: return CodeBlock.of("(short) $L", text);
            case INT: return CodeBlock.of("$L", Integer.parseInt(text));
            case LONG: return CodeBlock.of("$LL", Long.parseLong(text));
            case FLOAT: return CodeBlock.of("$Lf", Float.parseFloat(text));
            case DOUBLE: return CodeBlock.of("$L", Double.parseDouble(text));
            case DECIMAL: return CodeBlock.of("new $T($S)", BigDecimal.class, text);
            case CHAR: return CodeBlock.of("$L", quoteChar(text.charAt(0)));
            case STRING: return CodeBlock.of("$S", text);
            case ENUM: return CodeBlock.of("$T.$L", javaType, text);
            case UUID: return CodeBlock.of("$T.fromString($S)", UUID.class, text);
            case DATE: return CodeBlock.of("$T.parse($S)", LocalDate.class, text);
            case DATETIME: return CodeBlock.of("$T.parse($S)", LocalDateTime.class, text);
            case INSTANT: return CodeBlock.of("$T.parse($S)", Instant.class, text);
            default: throw new IllegalArgumentException("No literal of " + type);
        }
    }

    private static String quoteChar(char c) {
        if (c == '\'' || c == '\\') {
            return "'\\" + c + "'";
        }
        return c >= 32 && c < 127 ? "'" + c + "'" : String.format("'\\u%04x'", (int) c);
    }
}
