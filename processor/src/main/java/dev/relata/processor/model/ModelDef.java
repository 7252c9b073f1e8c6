package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Model} record as the rest of the pipeline sees it.
 *
 * @param element    the record, for diagnostics in this round
 * @param type       the record's class name
 * @param table      the table's name
 * @param components the components in declaration order
 * @param compiled   false when the record is being compiled now, true when it comes from the class
 *                   path (its DAO exists already; it is read only to link to it)
 * @param distributed whether the record is marked {@code @Distributed}: the root of a chain of models
 *                   spread over a distributed database's nodes by its key
 */
public record ModelDef(TypeElement element, ClassName type, String table, List<Component> components,
        boolean compiled, boolean distributed) {

    public String name() {
        return type.simpleName();
    }

    public String qualifiedName() {
        return type.canonicalName();
    }

    public String packageName() {
        return type.packageName();
    }

    public ClassName dao() {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Dao");
    }

    /** The {@code @Parent} component, if the model inherits. */
    public Optional<Component> parent() {
        return components.stream().filter(Component::isParent).findFirst();
    }

    /** The model's own key component; empty for a model with a parent (its key is the parent's). */
    public Optional<Component> ownKey() {
        if (parent().isPresent()) {
            return Optional.empty();
        }
        Optional<Component> marked = components.stream().filter(Component::id).findFirst();
        return marked.isPresent() ? marked : components.stream().filter(c -> c.name().equals("id")).findFirst();
    }

    /**
     * The link that is the model's key: its {@code @Parent}, or a {@code @OneToOneField} or
     * {@code @ForeignKey} marked {@code @Id}; empty for a model with a key of its own.
     */
    public Optional<Component> keyLink() {
        Optional<Component> parent = parent();
        return parent.isPresent() ? parent : ownKey().filter(Component::isLink);
    }

    /** The columns of this model's own table other than its key, in declaration order. */
    public List<Component> ownColumns() {
        Optional<Component> key = ownKey();
        return components.stream()
                .filter(c -> !c.isParent() && (key.isEmpty() || c != key.get()))
                .toList();
    }

    /** The links this model declares: one-to-one and foreign keys. */
    public List<Component> links() {
        return components.stream().filter(Component::isLink).toList();
    }

    public Optional<Component> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
