package dev.relata.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mermaid's {@code erDiagram} grammar, as its lexer and parser ({@code erDiagram.jison} of the
 * mermaid package) define it, for the statements a schema diagram uses: entity blocks of attributes
 * ({@code type name [PK|FK|UK, ...] ["comment"]}) and relationships
 * ({@code a |o..|| b : "label"}). Where Mermaid's versions differ, it takes the stricter one (an
 * attribute word without {@code .} and {@code ,}), so a diagram that passes renders on older
 * Mermaids too. {@link #parse} throws on the first line Mermaid would not accept, and returns what
 * the diagram says.
 */
final class MermaidErGrammar {

    /** An entity with its attributes; {@code declared} is false for one only named by a relationship. */
    record Entity(String name, List<Attribute> attributes, boolean declared) {}

    record Attribute(String type, String name, Set<String> keys, String comment) {}

    record Relationship(String from, String leftCardinality, boolean identifying, String rightCardinality, String to,
            String label) {}

    record Diagram(Map<String, Entity> entities, List<Relationship> relationships) {}

    /**
     * Words the lexer reads as keywords before it reads a name, case-insensitively ("one",
     * "many", "to", ... are cardinalities and relationship words; "end", "class", "style" start
     * statements).
     */
    private static final Set<String> KEYWORDS = Set.of("erdiagram", "one", "many", "to", "end", "class", "classdef",
            "style", "subgraph", "acctitle", "accdescr");

    /** The lexer's UNICODE_TEXT, a bare entity name. */
    private static final String BARE = "(?:[^\\x00-\\x7F]|\\w|-|\\*|\\.)+";
    /** The lexer's ENTITY_NAME, a quoted entity name. */
    private static final String QUOTED = "\"[^\"%\\r\\n\\u000B\\u0008\\\\]+\"";
    private static final String ENTITY = "(" + QUOTED + "|" + BARE + ")";
    /** The lexer's ATTRIBUTE_WORD, without the '.' and ',' that only its newest versions accept; or in backquotes. */
    private static final String WORD = "([*A-Za-z_\\u00C0-\\uFFFF][A-Za-z0-9\\-_\\[\\]()\\u00C0-\\uFFFF*]*|`[^`]+`)";

    private static final Pattern COMMENT = Pattern.compile("\\s*%%.*");
    private static final Pattern BLOCK_START = Pattern.compile("\\s*" + ENTITY + " \\{");
    private static final Pattern BLOCK_STOP = Pattern.compile("\\s*}");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s*" + WORD + " " + WORD + "((?: (?:PK|FK|UK))(?:, (?:PK|FK|UK))*)?(?: \"([^\"]*)\")?");
    private static final Pattern RELATIONSHIP = Pattern.compile(
            "\\s*" + ENTITY + " (\\|o|\\|\\||}o|}\\|)(--|\\.\\.)(o\\||\\|\\||o\\{|\\|\\{) " + ENTITY + " : \"([^\"]*)\"");

    private MermaidErGrammar() {}

    static Diagram parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals("erDiagram")) {
            throw new IllegalArgumentException("the first line is not erDiagram:\n" + text);
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Relationship> relationships = new ArrayList<>();
        String block = null;
        List<Attribute> attributes = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = "line " + (i + 1) + " `" + line + "`";
            Matcher m;
            if (line.isBlank() || COMMENT.matcher(line).matches()) {
                continue;
            }
            if (block != null) {
                if (BLOCK_STOP.matcher(line).matches()) {
                    entities.put(block, new Entity(block, List.copyOf(attributes), true));
                    block = null;
                } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
                    attributes.add(attribute(m, where));
                } else {
                    throw new IllegalArgumentException(where + " is no attribute of entity " + block);
                }
            } else if ((m = BLOCK_START.matcher(line)).matches()) {
                block = entityName(m.group(1), where);
                if (entities.containsKey(block) && entities.get(block).declared()) {
                    throw new IllegalArgumentException(where + " declares " + block + " a second time");
                }
                attributes = new ArrayList<>();
            } else if ((m = RELATIONSHIP.matcher(line)).matches()) {
                String from = entityName(m.group(1), where);
                String to = entityName(m.group(5), where);
                relationships.add(new Relationship(from, m.group(2), m.group(3).equals("--"), m.group(4), to, m.group(6)));
                entities.putIfAbsent(from, new Entity(from, List.of(), false));
                entities.putIfAbsent(to, new Entity(to, List.of(), false));
            } else {
                throw new IllegalArgumentException(where + " is no erDiagram statement");
            }
        }
        if (block != null) {
            throw new IllegalArgumentException("the block of entity " + block + " is not closed");
        }
        return new Diagram(entities, relationships);
    }

    private static String entityName(String token, String where) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1);
        }
        if (KEYWORDS.contains(token.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(where + ": Mermaid reads `" + token + "` as a keyword, not a name");
        }
        if (token.matches("(?i)u[.\\-|].*")) {
            throw new IllegalArgumentException(where + ": Mermaid reads the `u` of `" + token + "` as a cardinality");
        }
        return token;
    }

    private static Attribute attribute(Matcher m, String where) {
        String name = m.group(2);
        if (name.matches("(?i)PK|FK|UK")) {
            throw new IllegalArgumentException(where + ": Mermaid reads the name `" + name + "` as a key marker");
        }
        if (name.startsWith("`")) {
            name = name.substring(1, name.length() - 1);
        }
        Set<String> keys = new LinkedHashSet<>();
        if (m.group(3) != null) {
            for (String key : m.group(3).trim().split(", ")) {
                keys.add(key);
            }
        }
        return new Attribute(m.group(1), name, keys, m.group(4));
    }
}
