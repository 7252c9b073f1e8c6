package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collections;
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
        // Loops rather than streams here and below: the writers ask these questions for every
        // statement they write, thousands of times per model.
        for (Component component : components) {
            if (component.isParent()) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    /** The model's own key component; empty for a model with a parent (its key is the parent's). */
    public Optional<Component> ownKey() {
        Component named = null;
        for (Component component : components) {
            if (component.isParent()) {
                return Optional.empty();
            }
        }
        for (Component component : components) {
            if (component.id()) {
                return Optional.of(component);
            }
            if (named == null && component.name().equals("id")) {
                named = component;
            }
        }
        return Optional.ofNullable(named);
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
        Component key = ownKey().orElse(null);
        List<Component> columns = new ArrayList<>(components.size());
        for (Component component : components) {
            if (!component.isParent() && component != key) {
                columns.add(component);
            }
        }
        return Collections.unmodifiableList(columns);
    }

    /** The links this model declares: one-to-one and foreign keys. */
    public List<Component> links() {
        List<Component> links = new ArrayList<>(components.size());
        for (Component component : components) {
            if (component.isLink()) {
                links.add(component);
            }
        }
        return Collections.unmodifiableList(links);
    }

    public Optional<Component> component(String name) {
        for (Component component : components) {
            if (component.name().equals(name)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }
}
