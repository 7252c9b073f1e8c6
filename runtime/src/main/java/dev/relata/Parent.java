package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Multi-table inheritance: the component holds the parent row, Django's {@code class Like(Page)}.
 *
 * <pre>{@code
 * @Model
 * public record Like(@Parent Page page, int likes) {}
 * }</pre>
 *
 * <p>The component's type is another {@link Model}. The child's table gets the key column
 * {@code <parent table>_ptr_id}, a foreign key to the parent's key with {@code ON DELETE CASCADE};
 * the child's key is the parent's key. Inserting a child inserts its parent row in the same
 * transaction; deleting a child deletes its parent rows, and deleting a parent deletes its child.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Parent {}
