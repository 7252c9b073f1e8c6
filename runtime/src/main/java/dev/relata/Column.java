package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Optional column settings for a {@link Model} component. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Column {

    /** {@return the column's name; by default the component's name in snake_case} */
    String name() default "";

    /**
     * The maximum length of a {@code String} or enum column: {@code VARCHAR(length)}. The default,
     * 255, is Django's {@code CharField(max_length=255)}. An enum column holds the names of the
     * constants, so the processor refuses a length shorter than the longest name; on any other type
     * the length has no use, and the processor warns.
     *
     * @return the column's maximum length, in characters
     */
    int length() default 255;

    /**
     * Whether the column has a UNIQUE constraint of its own, Django's {@code unique=True}: a second
     * row with the same value is refused with an {@link IntegrityException} that names the model and
     * the component. On a {@link ForeignKey} it makes the link a one-to-one, which
     * {@link OneToOneField} says better (the processor warns).
     *
     * @return true for a UNIQUE column
     */
    boolean unique() default false;

    /**
     * The column's name in the previous schema version, when this version renames it. With the
     * processor option {@code relata.schemaDir}, the migration then renames the column and keeps
     * its data, where it would otherwise drop the old column and add a new, empty one. It may stay
     * after the version that renames it: a later version, whose previous one has the new name
     * already, ignores it.
     *
     * @return the column's name in the previous schema version, or empty when it is not renamed
     */
    String renamedFrom() default "";
}
