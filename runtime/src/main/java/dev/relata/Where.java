package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The condition of a {@link Finders} method: the language of {@code limitChoicesTo}, with
 * parameters and paths.
 *
 * <pre>
 * condition  := or
 * or         := and ( "or" and )*
 * and        := primary ( "and" primary )*
 * primary    := "(" or ")" | comparison
 * comparison := path operator value
 *             | path "is" [ "not" ] "null"
 *             | path "in" :parameter
 *             | path "like" value
 * operator   := "=" | "!=" | "&lt;&gt;" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * value      := :parameter | true | false | null | number | 'string' | ENUM_CONSTANT
 * path       := name ( "." name )*
 * </pre>
 *
 * <ul>
 *   <li>{@code :city} is bound to the method's parameter named {@code city}, whose type must be the
 *   component's (boxed or not); for {@code in}, a {@code Collection} (or {@code List}, {@code Set}) of
 *   it; an empty collection matches no row.</li>
 *   <li>A path names a component of the model, including those it inherits through {@link Parent}
 *   ({@code pageName} on {@code Like}), or follows links (one-to-one, and foreign keys below) to another
 *   model's component:
 *   forward by the relation's name ({@code user.username} on {@code Profile}), backward by the
 *   reverse accessor's name ({@code profile.city} on {@code User}), any number of hops
 *   ({@code profile.user.username} on {@code Like}). Each hop is a join: a row without a linked row
 *   has nulls there, which match {@code is null} and nothing else (an inner join where the condition
 *   requires the linked row, a {@code LEFT JOIN} where {@code or}, {@code is null} or the order
 *   could keep a row without it).</li>
 *   <li>A path may also follow a {@link ForeignKey}: forward as a one-to-one link
 *   ({@code restaurant.name} on {@code Waiter}), and backward by its reverse accessor's name
 *   ({@code waiterList.name} on {@code Restaurant}), where it means that some linking row matches
 *   (Django's {@code filter(waiter__name=...)}): an {@code EXISTS} over the linking rows, so each row
 *   comes once however many match. Each such comparison has linking rows of its own:
 *   {@code waiterList.name = :a and waiterList.name = :b} matches a restaurant with a waiter named
 *   {@code a} and one named {@code b}. {@code @OrderBy} cannot follow a foreign key backward.</li>
 *   <li>{@code like} compares a {@code String} component with a pattern: {@code %} matches any
 *   characters, {@code _} one character.</li>
 *   <li>A comparison with a parameter that is null matches no row: write {@code is null} for that.</li>
 * </ul>
 * Keywords are case-insensitive. No value is ever written into the SQL: literals and parameters
 * alike are bound.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Where {
    /** {@return the condition, for example {@code "user.isStaff = :staff and city != :city"}} */
    String value();
}
