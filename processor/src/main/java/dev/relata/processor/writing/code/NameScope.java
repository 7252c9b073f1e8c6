package dev.relata.processor.writing.code;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The names declared in one scope of generated code (a class, or one method in it). A new name is
 * the suggestion made a Java identifier, with {@code _} appended while it is a keyword or taken here
 * or in an enclosing scope, so that no declaration collides with, or hides, another it can see.
 */
public final class NameScope {
    private final NameScope enclosing;
    private final Set<String> names = new HashSet<>();
    private Set<String> avoided = Set.of();

    public NameScope() {
        this(null);
    }

    private NameScope(NameScope enclosing) {
        this.enclosing = enclosing;
    }

    /** A scope inside this one: its names differ from this scope's, including names this scope takes later. */
    public NameScope inner() {
        return new NameScope(this);
    }

    /** A name not yet taken here or in an enclosing scope, taken from now on. */
    public String newName(String suggestion) {
        String name = SourceVersion.isIdentifier(suggestion) ? suggestion : identifier(suggestion);
        while (SourceVersion.isKeyword(name) || taken(name)) {
            name = name + "_";
        }
        names.add(name);
        return name;
    }

    /**
     * Takes {@code name} as it is, unless it is taken already: for a name declared elsewhere (a method the
     * class inherits) that no new name may take.
     */
    public void reserve(String name) {
        if (!taken(name)) {
            names.add(name);
        }
    }

    /**
     * From now on no new name here or in an inner scope is one of {@code names}, which is kept, not
     * copied (a set shared by many scopes); names taken before are not changed.
     */
    public void avoid(Set<String> names) {
        this.avoided = names;
    }

    private boolean taken(String name) {
        for (NameScope scope = this; scope != null; scope = scope.enclosing) {
            if (scope.names.contains(name) || scope.avoided.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The text with each character that cannot be part of an identifier replaced by {@code _}, and one in front if it cannot start it. */
    static String identifier(String text) {
        StringBuilder result = new StringBuilder(text.length() + 1);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (i == 0 && !Character.isJavaIdentifierStart(codePoint) && Character.isJavaIdentifierPart(codePoint)) {
                result.append('_');
            }
            result.appendCodePoint(Character.isJavaIdentifierPart(codePoint) ? codePoint : '_');
            i += Character.charCount(codePoint);
        }
        return result.toString();
    }
}
