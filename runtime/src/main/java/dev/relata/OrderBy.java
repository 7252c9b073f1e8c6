package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order of the rows a {@link Finders} method returns: components or paths (as in
 * {@link Where}), separated by commas, each ascending unless followed by {@code DESC}, for example
 * {@code @OrderBy("city, user.username DESC")}. Rows that compare equal are ordered by key, so the
 * order, and every {@link Paging page} of it, is the same on every call. Where nulls sort is the
 * database's choice (first on H2 and MariaDB, last on PostgreSQL, when ascending).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OrderBy {
    /** {@return the order, for example {@code "name"} or {@code "a, b DESC"}} */
    String value();
}
