package dev.relata.processor.condition;

import java.util.List;

/**
 * A parsed {@code limitChoicesTo} or {@code @Where} condition.
 *
 * <pre>
 * condition  := or
 * or         := and ( "or" and )*
 * and        := primary ( "and" primary )*
 * primary    := "(" or ")" | comparison
 * comparison := path operator value | path "is" ["not"] "null" | path "in" parameter | path "like" value
 * operator   := "=" | "!=" | "&lt;&gt;" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * value      := parameter | "true" | "false" | "null" | number | 'string' | ENUM_CONSTANT
 * parameter  := ":" name
 * path       := name ( "." name )*
 * </pre>
 * Keywords are case-insensitive; {@code null} compares with {@code =} and {@code !=} only, and
 * {@code is [not] null} reads as {@code = null} ({@code != null}). Parameters and paths of more than
 * one name belong to finders; {@code limitChoicesTo} compares its target's components (its own,
 * and those it inherits through {@code @Parent}) with literals.
 */
public sealed interface Condition {

    record And(List<Condition> operands) implements Condition {}

    record Or(List<Condition> operands) implements Condition {}

    /**
     * A component (or, in a finder, a path) compared with a value.
     *
     * @param operator one of {@code = != < <= > >=}, {@code in} (with a parameter) or {@code like}
     */
    record Comparison(String component, String operator, Literal literal) implements Condition {}

    /** A value as written; {@code text} is the string's content for strings, the name for a parameter. */
    record Literal(Kind kind, String text) {
        public enum Kind { BOOLEAN, NUMBER, STRING, NULL, NAME, PARAMETER }

        @Override
        public String toString() {
            return switch (kind) {
                case STRING -> "the string '" + text + "'";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "null";
                case NAME -> "the name " + text;
                case PARAMETER -> "the parameter :" + text;
            };
        }
    }
}
