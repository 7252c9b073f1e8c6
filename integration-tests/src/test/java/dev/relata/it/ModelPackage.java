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
    BLOG(dev.relata.it.blog.RelataSchema::create),
    /** A child of the blog's {@code Like}: the third level of an inheritance chain. */
    CHAIN(dev.relata.it.chain.RelataSchema::create, BLOG),
    KEYS(dev.relata.it.keys.RelataSchema::create),
    NULLABLE(dev.relata.it.nullable.RelataSchema::create),
    TYPES(dev.relata.it.types.RelataSchema::create),
    CHOICES(dev.relata.it.choices.RelataSchema::create),
    NAMING(dev.relata.it.naming.RelataSchema::create),
    ONDELETE(dev.relata.it.ondelete.RelataSchema::create),
    /** A self-linking CASCADE chain, deeper than InnoDB cascades. */
    DEEP(dev.relata.it.deep.RelataSchema::create);

    private final Consumer<Database> createSchema;
    private final List<ModelPackage> dependencies;

    ModelPackage(Consumer<Database> createSchema, ModelPackage... dependencies) {
        this.createSchema = createSchema;
        this.dependencies = List.of(dependencies);
    }

    /** Creates this package's tables (and nothing else) in the database. */
    void createSchema(Database db) {
        createSchema.accept(db);
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
