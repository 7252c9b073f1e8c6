package dev.relata.processor.validation;

import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.parsing.Annotations;
import dev.relata.processor.sql.ConstraintNames;
import dev.relata.processor.sql.Literals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Tables and their columns: one table per model, one column per name, names that fit, lengths that hold
 * their values, defaults that parse.
 */
final class TableChecks {
    private final ModelGraph graph;
    private final Reporter reporter;

    TableChecks(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
    }

    /** Two models of the graph that map to one table; reported on the model being compiled. */
    void checkTableNames() {
        Map<String, ModelDef> byTable = new HashMap<>();
        for (ModelDef model : graph.models()) {
            ModelDef other = byTable.putIfAbsent(model.table().toLowerCase(Locale.ROOT), model);
            if (other != null && !model.compiled()) {
                reporter.report(Message.DUPLICATE_TABLE, model.element(), Annotations.find(model.element(), Annotations.MODEL)
                        .orElse(null), other.qualifiedName(), model.qualifiedName(), model.table());
            }
        }
    }

    /**
     * Two columns of the graph whose UNIQUE constraint, foreign key or index get one name: the names are
     * {@code uq_<table>_<column>} and the like, so table {@code order} with column {@code item_product_id}
     * and table {@code order_item} with column {@code product_id} clash. Each database holds a name once
     * in a schema (PostgreSQL's indexes, H2's constraints, MariaDB's foreign keys), so the DDL would fail.
     * Reported on the later column of the two, or the earlier when the later one's model is a library's.
     */
    void checkConstraintNames() {
        Map<String, Named> names = new HashMap<>();
        // One report per pair of columns, though their foreign keys and UNIQUE constraints may both clash.
        Set<List<Component>> reportedPairs = new HashSet<>();
        for (ModelDef model : graph.models()) {
            for (Named named : constraintNames(model)) {
                Named earlier = names.putIfAbsent(named.name(), named);
                if (earlier == null) {
                    continue;
                }
                Named reported = !named.model().compiled() ? named : !earlier.model().compiled() ? earlier : null;
                if (reported == null) {
                    continue;
                }
                Named other = reported == named ? earlier : named;
                // One column of one table named twice is duplicate-table's or duplicate-column's to report.
                boolean sameColumn = reported.model().table().equalsIgnoreCase(other.model().table())
                        && reported.column().equalsIgnoreCase(other.column());
                if (sameColumn || !reportedPairs.add(List.of(reported.component(), other.component()))) {
                    continue;
                }
                reporter.report(Message.DUPLICATE_CONSTRAINT, reported.component().element(),
                        reported.model().qualifiedName(), reported.component().name(),
                        reported.model().table() + "." + reported.column(), other.model().qualifiedName(),
                        other.component().name(), other.model().table() + "." + other.column(), named.name());
            }
        }
    }

    /** A constraint or index name, and the column it is made for. */
    private record Named(String name, ModelDef model, Component component, String column) {}

    /**
     * The names the DDL gives the model's constraints and indexes, as the schema writes them
     * ({@code Snapshot.table} and {@code TableSql} decide the same from the same components; this
     * reads the components, so that a model with errors, say without a key, is still checked): a
     * foreign key per link (and per parent or key link), a UNIQUE constraint per unique column, an
     * index per foreign key column that neither is.
     */
    private List<Named> constraintNames(ModelDef model) {
        List<Named> named = new ArrayList<>();
        String table = model.table();
        Optional<Component> keyLink = model.keyLink();
        if (keyLink.isPresent() && keyLink.get().column() != null && keyLink.get().element() != null) {
            String column = keyLink.get().column();
            named.add(new Named(ConstraintNames.foreignKey(table, column), model, keyLink.get(), column));
        }
        for (Component component : model.ownColumns()) {
            String column = component.column();
            if (column == null || component.element() == null) {
                continue;
            }
            if (component.isLink()) {
                named.add(new Named(ConstraintNames.foreignKey(table, column), model, component, column));
            }
            if (component.uniqueColumn()) {
                named.add(new Named(ConstraintNames.unique(table, column), model, component, column));
            } else if (component.isLink()) {
                named.add(new Named(ConstraintNames.index(table, column), model, component, column));
            }
        }
        return named;
    }

    /** Two components of the model's own table that map to one column, the parent link column included. */
    void checkColumns(ModelDef model) {
        Map<String, String> columns = new LinkedHashMap<>();
        Optional<ModelDef> parent = graph.parent(model);
        if (parent.isPresent()) {
            Component link = model.parent().orElseThrow();
            columns.put(link.column().toLowerCase(Locale.ROOT), link.name());
        }
        for (Component component : model.components()) {
            if (component.isParent() || component.column() == null) {
                continue;
            }
            String earlier = columns.putIfAbsent(component.column().toLowerCase(Locale.ROOT), component.name());
            if (earlier != null) {
                reporter.report(Message.DUPLICATE_COLUMN, component.element(), model.name(), earlier, component.name(),
                        component.column());
            }
        }
    }

    /**
     * A length that the column's values do not fit, or that the column has no use for. An enum column
     * is a VARCHAR of the component's length that holds the constants' names, so each name must fit
     * it, the default length included (counted in UTF-16 units, as H2 counts them and as the runtime
     * checks text, the strictest of the databases). No other column but a String's has a length, so
     * {@code @Column(length)} on one does nothing, which is a warning, as Django's {@code fields.W122}
     * is for {@code max_length}. A length that is not positive is {@code invalid-length}'s to report.
     */
    void checkLength(ModelDef model, Component component) {
        if (component.sqlType() == null || component.element() == null || component.length() <= 0) {
            return;
        }
        AnnotationMirror column = Annotations.find(component.element(), Annotations.COLUMN).orElse(null);
        AnnotationValue length = column == null ? null : Annotations.explicit(column, "length");
        if (component.sqlType() == SqlType.ENUM) {
            String longest = null;
            for (String constant : Enums.constants(component)) {
                if (longest == null || characters(constant) > characters(longest)) {
                    longest = constant;
                }
            }
            if (longest != null && characters(longest) > component.length()) {
                reporter.report(Message.ENUM_LENGTH, component.element(), column, length, model.name(), component.name(),
                        String.valueOf(component.length()), length == null ? "the default length"
                                : "@Column(length = " + component.length() + ")",
                        component.type(), longest, String.valueOf(characters(longest)));
            }
        } else if (component.sqlType() != SqlType.STRING && length != null) {
            reporter.report(Message.IGNORED_LENGTH, component.element(), column, length,
                    String.valueOf(component.length()), model.name(), component.name(), component.type());
        }
    }

    private static int characters(String text) {
        return text.length();
    }

    /** The bytes MariaDB allows a row of a table, its TEXT and BLOB columns counted by their pointers. */
    private static final int MARIADB_ROW_LIMIT = 65_535;

    /**
     * A table whose row is larger than MariaDB allows, as MariaDB counts it when it creates the
     * table: each column's largest size in its DDL type (a {@code VARCHAR} four bytes a character in
     * utf8mb4, and one or two for its length), a text or binary column beyond the row by its pointer,
     * and a bit per nullable column. H2 and PostgreSQL take such a table, so this is a warning.
     */
    void checkRowSize(ModelDef model) {
        Optional<Component> key = graph.root(model).ownKey();
        if (key.isEmpty() || key.get().sqlType() == null) {
            return;
        }
        long bytes = mariaDbBytes(key.get());
        int nullable = 0;
        List<Component> text = new ArrayList<>();
        for (Component column : model.ownColumns()) {
            if (column.sqlType() == null || column.column() == null) {
                return;
            }
            bytes += mariaDbBytes(column);
            nullable += column.nullable() ? 1 : 0;
            if ((column.sqlType() == SqlType.STRING || column.sqlType() == SqlType.ENUM) && column.length() <= 16_383) {
                text.add(column);
            }
        }
        bytes += (nullable + 7) / 8;
        if (bytes > MARIADB_ROW_LIMIT) {
            text.sort(java.util.Comparator.comparingInt(Component::length).reversed());
            String longest = String.join(", ", text.stream().limit(3)
                    .map(c -> c.name() + " (" + c.length() + ")").toList());
            reporter.report(Message.ROW_TOO_LARGE, model.element(),
                    Annotations.find(model.element(), Annotations.MODEL).orElse(null), model.name(), model.table(), bytes,
                    longest);
        }
    }

    /** The largest size of the column's MariaDB type, in a row. */
    private static long mariaDbBytes(Component column) {
        return switch (column.sqlType()) {
            case BOOLEAN, BYTE -> 1;
            case SHORT -> 2;
            case DATE -> 3;
            case INT, CHAR -> 4;
            case LONG, FLOAT, DOUBLE, DATETIME, INSTANT -> 8;
            case DECIMAL -> 30; // DECIMAL(65, 30): 16 bytes for 35 digits, 14 for 30
            case UUID -> 144; // CHAR(36)
            case BYTES -> 12; // LONGBLOB
            case STRING, ENUM -> column.length() <= 16_383 ? 4L * column.length() + (4L * column.length() > 255 ? 2 : 1)
                    : column.length() <= 4_194_303 ? 11 : 12; // MEDIUMTEXT, LONGTEXT
        };
    }

    /** A {@code @Default} that is not a literal of the column's type. */
    void checkDefault(ModelDef model, Component component) {
        if (component.defaultValue() == null || component.sqlType() == null || component.defaultsToNull()) {
            return;
        }
        String problem = Literals.check(component.sqlType(), component.defaultValue(), Enums.constants(component));
        AnnotationMirror mirror = Annotations.find(component.element(), Annotations.DEFAULT).orElse(null);
        if (problem != null) {
            reporter.report(Message.INVALID_DEFAULT, component.element(), mirror,
                    mirror == null ? null : Annotations.explicit(mirror, "value"), component.defaultValue(), model.name(),
                    component.name(), component.type(), problem);
            return;
        }
        String text = component.defaultValue();
        if (component.sqlType() == SqlType.STRING && text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            reporter.report(Message.QUOTED_DEFAULT, component.element(), mirror,
                    mirror == null ? null : Annotations.explicit(mirror, "value"), text, model.name(), component.name(),
                    text.substring(1, text.length() - 1));
        }
    }
}
