package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-one link: a foreign key column, indexed, without a UNIQUE constraint, Django's
 * {@code ForeignKey}. Many rows may link to one target.
 *
 * <pre>{@code
 * @Model
 * public record Waiter(
 *         @Id long id,
 *         @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant,
 *         String name) {}
 * }</pre>
 *
 * <p>The component's type is the target's key type. The relation is named after the component,
 * without a trailing {@code Id}; its column is {@code restaurant_id}. The generated DAOs get a
 * forward accessor ({@code waiterDao.restaurant(waiter)}), a reverse one that lists every linking
 * row ordered by key ({@code restaurantDao.waiterList(restaurant)}), and batch forms of both. A
 * target that at most one row may link to is a {@link OneToOneField}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface ForeignKey {

    /** {@return the model this link points to: a {@link Model} record} */
    Class<?> to();

    /**
     * What happens to this row when its target is deleted: exactly one {@link OnDelete} rule,
     * written {@code onDelete = OnDelete.CASCADE}. Required, as in Django 2.0 and later: there is
     * no safe default. (It is declared as an array only so that leaving it out reaches the
     * processor, which then explains each choice, instead of stopping javac with a bare
     * "missing a default value".)
     *
     * @return the one rule, as a one-element array
     */
    OnDelete[] onDelete() default {};

    /**
     * The name of the reverse accessor on the target's DAO. By default, the declaring record's
     * simple name with a lower-case first letter and {@code List} appended
     * ({@code restaurantDao.waiterList(restaurant)}). {@code "+"} means no reverse accessor.
     *
     * @return the reverse accessor's name, empty for the default, or {@code "+"} for none
     */
    String relatedName() default "";

    /**
     * Which targets may be linked, as a condition over the target's components, for example
     * {@code "isStaff = true"} or {@code "status = ACTIVE and (score >= 10 or vip = true)"} (an enum constant may also be written
     * {@code 'ACTIVE'}).
     * Checked at compile time; enforced by {@code insert}, {@code insertAll} and {@code update},
     * which throw {@link ChoiceNotAllowedException} for a target that does not match. Unlike a
     * one-to-one link's, a target stays a choice however many rows link to it.
     *
     * @return the condition, or empty when every target may be linked
     */
    String limitChoicesTo() default "";

    /** {@return the column's name; by default {@code <relation in snake_case>_id}} */
    String column() default "";
}
