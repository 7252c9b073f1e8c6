package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.RecordComponentElement;

/**
 * One record component: a column, a link (also a column), or the {@code @Parent}.
 *
 * @param element      the component, for diagnostics in this round
 * @param name         the component's name
 * @param type         its Java type
 * @param sqlType      its column type; null for the {@code @Parent} component
 * @param column       its column's name; for the {@code @Parent} component, the parent link column, the child's key
 * @param nullable     whether the column accepts NULL
 * @param id           whether it is marked {@code @Id}
 * @param length       the maximum length of a string column
 * @param defaultValue the {@code @Default} literal, or null
 * @param unique       whether the column has a UNIQUE constraint of its own ({@code @Column(unique = true)})
 * @param link         the link when it is a {@code @OneToOneField} or {@code @ForeignKey}, else null
 * @param parent       the parent model when it is the {@code @Parent}, else null
 */
public record Component(RecordComponentElement element, String name, TypeName type, SqlType sqlType, String column,
        boolean nullable, boolean id, int length, String defaultValue, boolean unique, Link link, ClassName parent) {

    public boolean isParent() {
        return parent != null;
    }

    public boolean isLink() {
        return link != null;
    }

    /** True for a {@code @ForeignKey}: a link that many rows may share. */
    public boolean isForeignKey() {
        return link != null && link.many();
    }

    /**
     * Whether the column's values are distinct, by a UNIQUE constraint of its own: a one-to-one link,
     * or a column marked {@code @Column(unique = true)}.
     */
    public boolean uniqueColumn() {
        return link != null && !link.many() || unique;
    }

    /**
     * Whether the {@code @Default} is SQL NULL: {@code @Default("null")} on a nullable link, Django's
     * {@code SET_DEFAULT} with {@code default=None, null=True}.
     */
    public boolean defaultsToNull() {
        return link != null && nullable && "null".equals(defaultValue);
    }
}
