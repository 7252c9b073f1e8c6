package dev.relata.it;

import dev.relata.Database;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The model packages of the functional tests, each with the schema its generated
 * {@code RelataSchema} creates. Constants are declared in dependency order: a package comes after
 * every package its models link to, so creating schemas in declaration order always works.
 */
public enum ModelPackage {
    BLOG(dev.relata.it.blog.RelataSchema::create, dev.relata.it.blog.RelataSchema::validate),
    /** A child of the blog's {@code Like}: the third level of an inheritance chain. */
    CHAIN(dev.relata.it.chain.RelataSchema::create, dev.relata.it.chain.RelataSchema::validate, BLOG),
    KEYS(dev.relata.it.keys.RelataSchema::create, dev.relata.it.keys.RelataSchema::validate),
    NULLABLE(dev.relata.it.nullable.RelataSchema::create, dev.relata.it.nullable.RelataSchema::validate),
    TYPES(dev.relata.it.types.RelataSchema::create, dev.relata.it.types.RelataSchema::validate),
    CHOICES(dev.relata.it.choices.RelataSchema::create, dev.relata.it.choices.RelataSchema::validate),
    NAMING(dev.relata.it.naming.RelataSchema::create, dev.relata.it.naming.RelataSchema::validate),
    ONDELETE(dev.relata.it.ondelete.RelataSchema::create, dev.relata.it.ondelete.RelataSchema::validate),
    /** Foreign keys (many-to-one) beside one-to-one links, and unique columns. */
    MANYTOONE(dev.relata.it.manytoone.RelataSchema::create, dev.relata.it.manytoone.RelataSchema::validate),
    /** A self-linking CASCADE chain, deeper than InnoDB cascades. */
    DEEP(dev.relata.it.deep.RelataSchema::create, dev.relata.it.deep.RelataSchema::validate),
    /**
     * A chain keyed by its root ({@code @Distributed} user, profile, page, like) and a reference
     * table: the shape that shards, run through ShardingSphere by the sharded target.
     */
    SHARDED(dev.relata.it.sharded.RelataSchema::create, dev.relata.it.sharded.RelataSchema::validate);

    private final Consumer<Database> createSchema;
    private final Consumer<Database> validateSchema;
    private final List<ModelPackage> dependencies;

    ModelPackage(Consumer<Database> createSchema, Consumer<Database> validateSchema, ModelPackage... dependencies) {
        this.createSchema = createSchema;
        this.validateSchema = validateSchema;
        this.dependencies = List.of(dependencies);
    }

    /** Creates this package's tables (and nothing else) in the database. */
    void createSchema(Database db) {
        createSchema.accept(db);
    }

    /** Compares the database with this package's models, as its generated {@code RelataSchema.validate} does. */
    void validateSchema(Database db) {
        validateSchema.accept(db);
    }

    /**
     * The given packages with every package they depend on, in an order in which their schemas
     * can be created.
     */
    static Set<ModelPackage> withDependencies(ModelPackage... packages) {
        Set<ModelPackage> all = EnumSet.noneOf(ModelPackage.class);
        for (ModelPackage p : packages) {
            p.addTo(all);
        }
        return all;
    }

    private void addTo(Set<ModelPackage> all) {
        if (all.add(this)) {
            for (ModelPackage dependency : dependencies) {
                dependency.addTo(all);
            }
        }
    }
}
