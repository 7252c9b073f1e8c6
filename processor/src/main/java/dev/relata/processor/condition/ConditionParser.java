package dev.relata.processor.condition;

import dev.relata.processor.condition.Condition.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/** Parses {@code limitChoicesTo} and {@code @Where} text into a {@link Condition}; see its grammar. */
public final class ConditionParser {

    /** A condition that does not parse, with where and why. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        public SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private record Token(String text, boolean string, int position) {}

    private final List<Token> tokens;
    private int next;

    private ConditionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Condition parse(String text) throws SyntaxError {
        ConditionParser parser = new ConditionParser(tokenize(text));
        if (parser.tokens.isEmpty()) {
            throw new SyntaxError("it is empty");
        }
        Condition condition = parser.or();
        if (parser.next < parser.tokens.size()) {
            Token extra = parser.tokens.get(parser.next);
            throw new SyntaxError("unexpected `" + extra.text() + "` at character " + (extra.position() + 1)
                    + "; join comparisons with `and` or `or`");
        }
        return condition;
    }

    private Condition or() throws SyntaxError {
        List<Condition> operands = new ArrayList<>();
        operands.add(and());
        while (keyword("or")) {
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.Or(List.copyOf(operands));
    }

    private Condition and() throws SyntaxError {
        List<Condition> operands = new ArrayList<>();
        operands.add(primary());
        while (keyword("and")) {
            operands.add(primary());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.And(List.copyOf(operands));
    }

    private Condition primary() throws SyntaxError {
        Token token = expect("a component name or `(`");
        if (!token.string() && token.text().equals("(")) {
            Condition inner = or();
            Token close = expect("`)`");
            if (close.string() || !close.text().equals(")")) {
                throw new SyntaxError("expected `)` at character " + (close.position() + 1) + " but found `" + close.text() + "`");
            }
            return inner;
        }
        if (token.string() || !isName(token.text())) {
            throw new SyntaxError("expected a component name at character " + (token.position() + 1) + " but found `"
                    + token.text() + "`");
        }
        String path = token.text();
        if (keyword("is")) {
            boolean not = keyword("not");
            if (!keyword("null")) {
                throw new SyntaxError("expected `null` after `" + path + " is" + (not ? " not" : "") + "`"
                        + (next < tokens.size() ? " at character " + (tokens.get(next).position() + 1) : ""));
            }
            return new Condition.Comparison(path, not ? "!=" : "=", new Literal(Literal.Kind.NULL, "null"));
        }
        if (keyword("in")) {
            Token list = expect("a :parameter after `in`");
            if (list.string() || !list.text().startsWith(":")) {
                throw new SyntaxError("expected a :parameter holding a collection after `" + path + " in` at character "
                        + (list.position() + 1) + " but found `" + list.text() + "`");
            }
            return new Condition.Comparison(path, "in", literal(list));
        }
        if (keyword("like")) {
            return new Condition.Comparison(path, "like", literal(expect("a pattern after `like`")));
        }
        Token operator = expect("an operator (=, !=, <, <=, >, >=)");
        if (operator.string() || !List.of("=", "!=", "<>", "<", "<=", ">", ">=").contains(operator.text())) {
            throw new SyntaxError("expected an operator (=, !=, <, <=, >, >=) after `" + path
                    + "` at character " + (operator.position() + 1) + " but found `" + operator.text() + "`");
        }
        Token value = expect("a literal after `" + operator.text() + "`");
        return new Condition.Comparison(path, operator.text().equals("<>") ? "!=" : operator.text(), literal(value));
    }

    private static Literal literal(Token token) throws SyntaxError {
        if (token.string()) {
            return new Literal(Literal.Kind.STRING, token.text());
        }
        String text = token.text();
        if (text.startsWith(":")) {
            if (!SourceVersion.isIdentifier(text.substring(1))) {
                throw new SyntaxError("`" + text + "` at character " + (token.position() + 1)
                        + " is not a parameter; write a colon and the method parameter's name, such as :city");
            }
            return new Literal(Literal.Kind.PARAMETER, text.substring(1));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return new Literal(Literal.Kind.BOOLEAN, lower);
        }
        if (lower.equals("null")) {
            return new Literal(Literal.Kind.NULL, lower);
        }
        if (text.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
            return new Literal(Literal.Kind.NUMBER, text);
        }
        if (isName(text)) {
            return new Literal(Literal.Kind.NAME, text);
        }
        throw new SyntaxError("`" + text + "` at character " + (token.position() + 1) + " is not a literal; write "
                + "true, false, null, a number, a 'string' or an enum constant");
    }

    private boolean keyword(String word) {
        if (next < tokens.size() && !tokens.get(next).string() && tokens.get(next).text().equalsIgnoreCase(word)) {
            next++;
            return true;
        }
        return false;
    }

    private Token expect(String what) throws SyntaxError {
        if (next >= tokens.size()) {
            throw new SyntaxError("it ends where " + what + " was expected");
        }
        return tokens.get(next++);
    }

    /** A component's name, or a path of names joined by dots. */
    private static boolean isName(String text) {
        return isPath(text) && !List.of("and", "or").contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the text is a component's name or a path of them, {@code city} or {@code user.city}: Java
     * identifiers joined by dots, as the components are named ({@code naïve}, {@code $rank}).
     */
    public static boolean isPath(String text) {
        for (String part : text.split("\\.", -1)) {
            if (!SourceVersion.isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> tokenize(String text) throws SyntaxError {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                int start = i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new SyntaxError("the string starting at character " + (start + 1) + " is not closed with '");
                    }
                    if (text.charAt(i) == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(text.charAt(i++));
                }
                tokens.add(new Token(value.toString(), true, start));
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(String.valueOf(c), false, i++));
            } else if ("=!<>".indexOf(c) >= 0) {
                int start = i++;
                if (i < text.length() && (text.charAt(i) == '=' || (c == '<' && text.charAt(i) == '>'))) {
                    i++;
                }
                String op = text.substring(start, i);
                if (op.equals("!")) {
                    throw new SyntaxError("`!` at character " + (start + 1) + " must be followed by `=`");
                }
                tokens.add(new Token(op, false, start));
            } else if (c == ':') {
                int start = i++;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), false, start));
            } else if (Character.isJavaIdentifierPart(c) || c == '-' || c == '+' || c == '.') {
                int start = i;
                while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || ".-+".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), false, start));
            } else {
                throw new SyntaxError("unexpected `" + c + "` at character " + (i + 1));
            }
        }
        return tokens;
    }
}
