package dev.relata.processor.model;

import java.util.Locale;

/** The naming rules of DESIGN: snake_case tables and columns, relation names, link columns. */
public final class Names {
    /**
     * The longest table or column name, in bytes of UTF-8 ({@link #sqlLength}): PostgreSQL keeps 63
     * bytes of an identifier, MariaDB refuses more than 64 characters.
     */
    public static final int MAX_LENGTH = 60;

    private Names() {}

    /** {@code LikeRecord} -> {@code like_record}, {@code pageName} -> {@code page_name}, {@code HTTPCode} -> {@code http_code}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean beforeLower = i > 0 && i + 1 < name.length() && Character.isUpperCase(name.charAt(i - 1))
                        && Character.isLowerCase(name.charAt(i + 1));
                if ((afterLower || beforeLower) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The relation named by a link component: {@code userId} and {@code user} both name {@code user}. */
    public static String relation(String component) {
        if (component.length() > 2 && component.endsWith("Id")) {
            return component.substring(0, component.length() - 2);
        }
        return component;
    }

    public static String linkColumn(String relation) {
        return snakeCase(relation) + "_id";
    }

    /**
     * The key column of a child table, named after its parent model as Django names it:
     * {@code <parent model in snake_case>_ptr_id}, whatever the parent's table is called.
     */
    public static String parentLinkColumn(String parentModel) {
        return snakeCase(parentModel) + "_ptr_id";
    }

    public static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    public static String upperFirst(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The length of a table, column or constraint name as databases limit it: its bytes in UTF-8
     * (PostgreSQL cuts names at 63 bytes; a name of letters beyond ASCII takes two or three each).
     */
    public static int sqlLength(String name) {
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            bytes += utf8Length(codePoint);
            i += Character.charCount(codePoint);
        }
        return bytes;
    }

    /** The bytes of one character in UTF-8. */
    public static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** True for names every dialect accepts once quoted: letters, digits, underscores. */
    public static boolean isSqlName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") && name.length() <= MAX_LENGTH;
    }
}
