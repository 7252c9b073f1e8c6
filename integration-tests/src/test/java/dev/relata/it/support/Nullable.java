package dev.relata.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A declaration annotation named {@code Nullable}, as older libraries declare theirs (JSR 305,
 * Android, JetBrains), unlike JSpecify's type-use one. Relata recognises a nullable component by
 * the annotation's simple name, so this one makes a column nullable too.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Nullable {}
