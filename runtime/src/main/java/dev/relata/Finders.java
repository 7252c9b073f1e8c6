package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An interface of queries over one model, implemented by the model's generated DAO: Django's
 * {@code Profile.objects.filter(...)}, checked at compile time.
 *
 * <pre>{@code
 * @Finders(Profile.class)
 * public interface ProfileFinders {
 *     @Where("city = :city") @OrderBy("name")
 *     List<Profile> inCity(String city);
 *
 *     @Where("user.username = :username")
 *     Optional<Profile> ofUsername(String username);
 * }
 *
 * ProfileFinders finders = new ProfileDao(db);
 * }</pre>
 *
 * <p>Each abstract method is one query, run as one SQL statement with every value bound as a
 * parameter. Its condition is given by {@link Where} (without it, every row matches), its order by
 * {@link OrderBy} (then by key); what it returns decides what the query does:
 * <ul>
 *   <li>{@code List<M>}: every matching row; a {@link Paging} parameter selects one page of them;</li>
 *   <li>{@code Optional<M>}: the one matching row, or empty; a second matching row is a
 *   {@link RelataException} naming the finder;</li>
 *   <li>{@code long}: how many rows match;</li>
 *   <li>{@code boolean}: whether any row matches.</li>
 * </ul>
 * Every mistake (a path that leads nowhere, a parameter of the wrong type or unused, a {@code :name}
 * without a parameter, another return type) is a compile error on the method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Finders {
    /** {@return the model the finders query: a {@link Model} record compiled with the interface} */
    Class<?> value();
}
