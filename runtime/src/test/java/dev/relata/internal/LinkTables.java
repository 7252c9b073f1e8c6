package dev.relata.internal;

import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.internal.DeletePlan.Link;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DDL templates for hand-written tables whose links carry the database actions the generated DDL
 * gives each {@link OnDelete} rule. Every table's key is {@code id BIGINT}.
 */
final class LinkTables {
    private LinkTables() {}

    /**
     * The plan for deleting rows of {@code root} through these links, over tables keyed by
     * {@code id} and given referencing tables first.
     */
    static DeletePlan plan(Dialect dialect, String root, List<Link> links, String... referencingFirst) {
        DeletePlan.Builder plan = DeletePlan.builder(dialect, root);
        for (String table : referencingFirst) {
            plan.table(table, "id", Character.toUpperCase(table.charAt(0)) + table.substring(1));
        }
        links.forEach(plan::add);
        return plan.build();
    }

    static String table(String name, String... columns) {
        String links = Arrays.stream(columns).map(column -> ", " + column).collect(Collectors.joining());
        return "CREATE TABLE {" + name + "} ({id} BIGINT PRIMARY KEY" + links + ")";
    }

    /** The link's column as a one-to-one: a unique foreign key. */
    static String oneToOne(Link link) {
        return column(link, " UNIQUE");
    }

    /** The link's column as a plain foreign key, for Django's many-to-one examples. */
    static String foreignKey(Link link) {
        return column(link, "");
    }

    private static String column(Link link, String unique) {
        String nullability = link.onDelete() == OnDelete.SET_NULL ? " NULL" : " NOT NULL";
        return "{" + link.column() + "} BIGINT" + nullability + unique
                + " REFERENCES {" + link.targetTable() + "} ({id})" + action(link.onDelete());
    }

    static String action(OnDelete onDelete) {
        return switch (onDelete) {
            case CASCADE -> " ON DELETE CASCADE";
            case PROTECT, RESTRICT -> " ON DELETE RESTRICT";
            case SET_NULL -> " ON DELETE SET NULL";
            case SET_DEFAULT -> " ON DELETE SET DEFAULT";
            case DO_NOTHING -> "";
        };
    }
}
