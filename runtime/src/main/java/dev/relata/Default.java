package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's default value: a literal of the component's type, checked at compile time
 * ({@code @Default("0")} on an {@code int}, {@code @Default("true")} on a {@code boolean},
 * {@code @Default("draft")} on a {@code String} or an enum constant's name).
 *
 * <p>It becomes the column's SQL {@code DEFAULT}, and it is the value that
 * {@link OnDelete#SET_DEFAULT} writes into a link when its target is deleted.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Default {

    /** {@return the default, written as a literal of the component's type} */
    String value();
}
