package dev.relata.processor.condition;

import java.util.List;

/**
 * A parsed {@code limitChoicesTo} condition.
 *
 * <pre>
 * condition  := or
 * or         := and ( "or" and )*
 * and        := primary ( "and" primary )*
 * primary    := "(" or ")" | comparison
 * comparison := component operator literal
 * operator   := "=" | "!=" | "&lt;&gt;" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * literal    := "true" | "false" | "null" | number | 'string' | ENUM_CONSTANT
 * </pre>
 * Keywords are case-insensitive; {@code null} compares with {@code =} and {@code !=} only.
 */
public sealed interface Condition {

    record And(List<Condition> operands) implements Condition {}

    record Or(List<Condition> operands) implements Condition {}

    record Comparison(String component, String operator, Literal literal) implements Condition {}

    /** A literal as written; {@code text} is the string's content for strings. */
    record Literal(Kind kind, String text) {
        public enum Kind { BOOLEAN, NUMBER, STRING, NULL, NAME }

        @Override
        public String toString() {
            return switch (kind) {
                case STRING -> "the string '" + text + "'";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "null";
                case NAME -> "the name " + text;
            };
        }
    }
}
