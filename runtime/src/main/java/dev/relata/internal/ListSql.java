package dev.relata.internal;

import dev.relata.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement of a generated finder with one or more lists of values, {@code IN }{@value #LIST}:
 * rendered for the dialect and split at the lists once, when the DAO is made; each call joins the
 * pieces with as many {@code ?} as its lists have values. An empty list becomes {@code IN (NULL)},
 * which matches no row.
 */
public final class ListSql {
    /** The marker of a list of values in a template. */
    public static final String LIST = "(??)";

    private final Dialect dialect;
    private final String[] pieces;

    private ListSql(Dialect dialect, String[] pieces) {
        this.dialect = dialect;
        this.pieces = pieces;
    }

    /** The template rendered for the dialect and split at its lists. */
    public static ListSql of(Dialect dialect, String template) {
        String text = Sql.of(dialect, template).text();
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(LIST); at >= 0; at = text.indexOf(LIST, from)) {
            pieces.add(text.substring(from, at));
            from = at + LIST.length();
        }
        pieces.add(text.substring(from));
        if (pieces.size() < 2) {
            throw new IllegalArgumentException("No list " + LIST + " in: " + text);
        }
        return new ListSql(dialect, pieces.toArray(String[]::new));
    }

    /** How many lists the statement has. */
    public int lists() {
        return pieces.length - 1;
    }

    /** The statement with lists of these sizes, in the order the lists appear. */
    public Sql expand(int... sizes) {
        if (sizes.length != lists()) {
            throw new IllegalArgumentException("The statement has " + lists() + " lists, not " + sizes.length);
        }
        int length = 0;
        for (String piece : pieces) {
            length += piece.length();
        }
        StringBuilder out = new StringBuilder(length + 16);
        out.append(pieces[0]);
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] == 0) {
                out.append("(NULL)");
            } else {
                out.append("(?");
                for (int j = 1; j < sizes[i]; j++) {
                    out.append(", ?");
                }
                out.append(')');
            }
            out.append(pieces[i + 1]);
        }
        return Sql.rendered(dialect, out.toString());
    }

    @Override
    public String toString() {
        return String.join(LIST, pieces);
    }
}
