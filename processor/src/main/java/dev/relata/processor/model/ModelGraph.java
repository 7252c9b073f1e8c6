package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The relation graph over every model of a compilation: links, parents, reverse edges,
 * inheritance chains and the keys that chains share. Reverse accessors, clashes, DDL order and
 * delete plans are all questions about this graph.
 */
public final class ModelGraph {

    /** An edge into a model: a one-to-one link, a foreign key, or a child's parent link. */
    public record Edge(ModelDef source, Component component, ModelDef target) {
        public boolean isParentLink() {
            return component.isParent();
        }

        /** The relation's name as the source sees it. */
        public String relation() {
            return component.isParent() ? component.name() : component.link().relation();
        }

        /** True for a foreign key: many rows of the source may link to one target. */
        public boolean many() {
            return component.isForeignKey();
        }

        public OnDeleteRule onDelete() {
            return component.isParent() ? OnDeleteRule.CASCADE : component.link().onDelete();
        }

        /** The reverse accessor's name, or empty when the link is hidden. */
        public Optional<String> reverseName() {
            if (!component.isParent()) {
                Link link = component.link();
                if (link.hidden()) {
                    return Optional.empty();
                }
                if (!link.relatedName().isEmpty()) {
                    return Optional.of(link.relatedName());
                }
            }
            return Optional.of(Names.lowerFirst(source.name()) + (many() ? "List" : ""));
        }
    }

    /** Stands for a model that a link or parent names but the graph does not hold, in {@link #blockedBy}. */
    private static final String MISSING = "<missing>";

    private final Map<String, ModelDef> models = new LinkedHashMap<>();
    /** Every edge into a model, by the model's qualified name, in the order the models were declared. */
    private final Map<String, List<Edge>> incoming = new HashMap<>();
    /** The models by simple name, lower case. */
    private final Map<String, List<ModelDef>> bySimpleName = new HashMap<>();
    /**
     * Each model's key, found once (for the models that have one): the writers ask for it in nearly
     * every statement. By identity, as a record's equality would compare the models whole; filled by
     * the constructor and only read after, so that the writers' threads can share it.
     */
    private final Map<ModelDef, Component> keys = new IdentityHashMap<>();

    public ModelGraph(Collection<ModelDef> models) {
        for (ModelDef model : models) {
            this.models.put(model.qualifiedName(), model);
            bySimpleName.computeIfAbsent(model.name().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(model);
        }
        for (ModelDef source : this.models.values()) {
            for (Component component : source.components()) {
                ClassName pointsTo = component.isParent() ? component.parent()
                        : component.isLink() ? component.link().target() : null;
                ModelDef target = pointsTo == null ? null : this.models.get(pointsTo.canonicalName());
                if (target != null) {
                    incoming.computeIfAbsent(target.qualifiedName(), t -> new ArrayList<>())
                            .add(new Edge(source, component, target));
                }
            }
        }
        for (ModelDef model : this.models.values()) {
            root(model).ownKey().ifPresent(key -> keys.put(model, key));
        }
    }

    public Collection<ModelDef> models() {
        return models.values();
    }

    public Optional<ModelDef> model(ClassName type) {
        return Optional.ofNullable(models.get(type.canonicalName()));
    }

    public Optional<ModelDef> target(Component link) {
        return model(link.link().target());
    }

    public Optional<ModelDef> parent(ModelDef model) {
        Optional<Component> parent = model.parent();
        return parent.isPresent() ? model(parent.get().parent()) : Optional.empty();
    }

    /** The model's ancestors, nearest first; stops at a cycle. */
    public List<ModelDef> ancestors(ModelDef model) {
        if (model.parent().isEmpty()) {
            return List.of();
        }
        List<ModelDef> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(model.qualifiedName());
        for (Optional<ModelDef> p = parent(model); p.isPresent(); p = parent(p.get())) {
            if (!seen.add(p.get().qualifiedName())) {
                break;
            }
            chain.add(p.get());
        }
        return chain;
    }

    /** The model and its ancestors, nearest first. */
    public List<ModelDef> chain(ModelDef model) {
        List<ModelDef> chain = new ArrayList<>();
        chain.add(model);
        chain.addAll(ancestors(model));
        return chain;
    }

    /**
     * A column component of the model or of one of its ancestors: {@code depth} 0 for the model's own,
     * 1 for its parent's, and so on, which is also the alias {@code t<depth>} of its table in
     * {@code Dml.select}.
     */
    public record Inherited(ModelDef declaring, Component component, int depth) {}

    /**
     * The column component named {@code name} of the model or, nearest first, of its ancestors (as
     * Django's inherited fields); the parent links themselves are not columns to compare.
     */
    public Optional<Inherited> column(ModelDef model, String name) {
        List<ModelDef> chain = chain(model);
        for (int depth = 0; depth < chain.size(); depth++) {
            for (Component component : chain.get(depth).components()) {
                if (!component.isParent() && component.sqlType() != null && component.name().equals(name)) {
                    return Optional.of(new Inherited(chain.get(depth), component, depth));
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code ancestor} is a parent of the model, or a parent's parent, and so on. */
    public boolean inheritsFrom(ModelDef model, ModelDef ancestor) {
        for (ModelDef a : ancestors(model)) {
            if (a.qualifiedName().equals(ancestor.qualifiedName())) {
                return true;
            }
        }
        return false;
    }

    /** True when the model's chain of parents loops: it has no root that stands on its own. */
    public boolean inCycle(ModelDef model) {
        return parent(root(model)).isPresent();
    }

    /**
     * True for a one-to-one link to an ancestor of its own model, which inheritance already makes
     * (an error of its own). A foreign key to an ancestor is a link of its own (Django's
     * {@code ParkingLot.main_site}).
     */
    public boolean linksToAncestor(Edge edge) {
        return !edge.isParentLink() && !edge.many() && inheritsFrom(edge.source(), edge.target());
    }

    /** The top of the model's inheritance chain: the model itself when it has no parent. */
    public ModelDef root(ModelDef model) {
        if (model.parent().isEmpty()) {
            return model;
        }
        List<ModelDef> ancestors = ancestors(model);
        return ancestors.isEmpty() ? model : ancestors.get(ancestors.size() - 1);
    }

    /** The key component shared by the model's chain: the root's own key. */
    public Component key(ModelDef model) {
        Component key = keys.get(model);
        return key != null ? key : root(model).ownKey().orElseThrow();
    }

    /** The column that holds this model's key in its own table. */
    public String keyColumn(ModelDef model) {
        return parent(model).isPresent() ? model.parent().orElseThrow().column() : key(model).column();
    }

    /** Every edge pointing at the model, in the order the models were declared. */
    public List<Edge> incoming(ModelDef target) {
        return incoming.getOrDefault(target.qualifiedName(), List.of());
    }

    /** The models with this simple name, ignoring case. */
    public List<ModelDef> modelsNamed(String simpleName) {
        return bySimpleName.getOrDefault(simpleName.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every edge leaving the model: its links and its parent link. */
    public List<Edge> outgoing(ModelDef source) {
        List<Edge> edges = new ArrayList<>();
        for (Component component : source.components()) {
            Optional<ModelDef> target = component.isParent() ? parent(source)
                    : component.isLink() ? target(component) : Optional.empty();
            if (target.isPresent()) {
                edges.add(new Edge(source, component, target.get()));
            }
        }
        return edges;
    }

    /**
     * The models that must not be generated: every model connected, through links or parents in
     * either direction, to a model with errors or to a link or parent that is not in the graph, so
     * that no generated code refers to something that is not generated.
     *
     * @param erroneous which models have errors
     * @return their qualified names
     */
    public Set<String> blockedBy(Predicate<ModelDef> erroneous) {
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (ModelDef model : models()) {
            neighbours.computeIfAbsent(model.qualifiedName(), n -> new LinkedHashSet<>());
            for (Edge edge : outgoing(model)) {
                neighbours.get(model.qualifiedName()).add(edge.target().qualifiedName());
                neighbours.computeIfAbsent(edge.target().qualifiedName(), n -> new LinkedHashSet<>()).add(model.qualifiedName());
            }
            for (Component component : model.components()) {
                if (component.isLink() && target(component).isEmpty() || component.isParent() && parent(model).isEmpty()) {
                    neighbours.get(model.qualifiedName()).add(MISSING);
                }
            }
        }
        Set<String> blocked = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>();
        for (ModelDef model : models()) {
            if (erroneous.test(model) || neighbours.get(model.qualifiedName()).contains(MISSING)) {
                queue.add(model.qualifiedName());
            }
        }
        while (!queue.isEmpty()) {
            String name = queue.remove(0);
            if (blocked.add(name)) {
                queue.addAll(neighbours.getOrDefault(name, Set.of()));
            }
        }
        return blocked;
    }

    /**
     * The edges a delete of the model's root can reach: every edge into the root and, through
     * each CASCADE (and parent link), every edge into the rows it deletes; also the parents of
     * a child deleted by a cascade, which Django deletes with it.
     */
    public List<Edge> deleteClosure(ModelDef model) {
        List<Edge> closure = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        List<ModelDef> queue = new ArrayList<>();
        queue.add(root(model));
        while (!queue.isEmpty()) {
            ModelDef current = queue.remove(0);
            if (!visited.add(current.qualifiedName())) {
                continue;
            }
            for (Edge edge : incoming(current)) {
                closure.add(edge);
                if (edge.onDelete() == OnDeleteRule.CASCADE) {
                    queue.add(edge.source());
                    if (!edge.isParentLink()) {
                        queue.addAll(ancestors(edge.source()));
                    }
                }
            }
        }
        return closure;
    }

    /**
     * The models ordered so that each comes after the models of the list it links to (its link
     * targets and its parent); in a cycle, the model met first comes last. DDL creates tables in
     * this order, and a delete removes rows in its reverse.
     */
    public List<ModelDef> targetsFirst(List<ModelDef> models) {
        List<ModelDef> ordered = new ArrayList<>();
        Set<String> included = new HashSet<>();
        models.forEach(m -> included.add(m.qualifiedName()));
        Set<String> placed = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (ModelDef model : models) {
            place(model, included, ordered, placed, visiting);
        }
        return ordered;
    }

    private void place(ModelDef model, Set<String> included, List<ModelDef> ordered, Set<String> placed, Set<String> visiting) {
        if (placed.contains(model.qualifiedName()) || !visiting.add(model.qualifiedName())) {
            return;
        }
        for (Edge edge : outgoing(model)) {
            if (included.contains(edge.target().qualifiedName())) {
                place(edge.target(), included, ordered, placed, visiting);
            }
        }
        placed.add(model.qualifiedName());
        ordered.add(model);
    }
}
