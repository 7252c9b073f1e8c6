package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Model} as the root of a chain of models that a distributed database (Citus, or
 * ShardingSphere) spreads over its nodes by the root's key.
 *
 * <pre>{@code
 * @Model @Distributed
 * public record User(@Id long id, String username) {}
 *
 * @Model
 * public record Profile(
 *         @Id @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user,
 *         String name) {}
 *
 * @Model
 * public record Like(@Parent Profile profile, int likes) {}
 * }</pre>
 *
 * <p>Every model that links to a model of the chain (by {@link OneToOneField}, {@link ForeignKey}
 * or {@link Parent}) joins the chain, and must be keyed by that link: {@code @Id} on the link, or
 * the {@code @Parent}. Each row then has the key of the root row it belongs to, so the rows of one
 * root live on one node, every UNIQUE constraint is the key, and every foreign key joins rows of
 * one node. The processor reports any model that breaks the shape: a model with a key of its own
 * that links into the chain, a second link into a chain, a unique column of a chain model other
 * than its key, and a delete rule that would change a key ({@code SET_DEFAULT}).
 *
 * <p>Models outside every chain are reference tables, copied to every node. They may be linked
 * from a chain, but may not link into one.
 *
 * <p>The generated {@code RelataSchema} of a package that holds a model of a chain (or one that a
 * chain links to) has {@code citusStatements()}: the package's tables, then Citus's
 * {@code create_reference_table} and {@code create_distributed_table} calls, then the foreign keys.
 * The annotation changes nothing else: the DAOs and {@code statements(Dialect)} stay the same.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Distributed {}
