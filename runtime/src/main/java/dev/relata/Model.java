package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a model: one table, with a generated {@code <Record>Dao} beside it.
 *
 * <pre>{@code
 * @Model
 * public record Profile(
 *         @Id long id,
 *         @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user,
 *         String name) {}
 * }</pre>
 *
 * <p>Only records may carry it. Every component is a column, except a {@link Parent} component,
 * which holds the parent row of multi-table inheritance.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {

    /**
     * The table's name. By default, the record's simple name in snake_case ({@code Profile} ->
     * {@code profile}, {@code LikeRecord} -> {@code like_record}).
     *
     * @return the table's name, or empty for the default
     */
    String table() default "";
}
