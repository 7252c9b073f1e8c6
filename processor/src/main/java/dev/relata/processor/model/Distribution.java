package dev.relata.processor.model;

import dev.relata.processor.model.ModelGraph.Edge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the models of a graph spread over a distributed database. A model marked
 * {@code @Distributed} and keyed by a key of its own is the root of a chain; a model keyed by a link
 * to a model of a chain (its {@code @Parent}, or a link marked {@code @Id}) belongs to the same
 * chain, since its key is its root row's key. The tables of a chain are distributed by their key
 * columns and co-located with the root's table. Every other model is a reference table, copied to
 * every node.
 */
public final class Distribution {
    private final ModelGraph graph;
    private final Set<String> onCitus = new LinkedHashSet<>();

    public Distribution(ModelGraph graph) {
        this.graph = graph;
        List<ModelDef> queue = new ArrayList<>();
        for (ModelDef model : graph.models()) {
            if (root(model).isPresent()) {
                queue.add(model);
            }
        }
        while (!queue.isEmpty()) {
            ModelDef model = queue.remove(0);
            if (onCitus.add(model.qualifiedName())) {
                graph.outgoing(model).forEach(edge -> queue.add(edge.target()));
            }
        }
    }

    /** The model that the key link points to: the parent, or the target of the link marked {@code @Id}. */
    public Optional<ModelDef> keyTarget(ModelDef model) {
        return model.keyLink().flatMap(link -> link.isParent() ? graph.parent(model) : graph.target(link));
    }

    /**
     * The model at the top of the model's key links: the first one with a key of its own (the
     * model itself when it has one). Its key is the key of every model below it.
     */
    public ModelDef top(ModelDef model) {
        Set<String> seen = new HashSet<>();
        ModelDef current = model;
        while (seen.add(current.qualifiedName())) {
            Optional<ModelDef> next = keyTarget(current);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current; // a cycle of key links: reported as an inheritance cycle or left to the database
    }

    /** The root of the model's chain: its top, when the top is marked {@code @Distributed}. */
    public Optional<ModelDef> root(ModelDef model) {
        ModelDef top = top(model);
        return top.distributed() && keyTarget(top).isEmpty() ? Optional.of(top) : Optional.empty();
    }

    /** True when the model's table is distributed: it belongs to a chain. */
    public boolean distributed(ModelDef model) {
        return root(model).isPresent();
    }

    /**
     * True when the model's table is a Citus table: one of a chain, or a reference table that a
     * chain links to, directly or through other reference tables.
     */
    public boolean onCitus(ModelDef model) {
        return onCitus.contains(model.qualifiedName());
    }

    /** True when a model of the list is a Citus table: its package's schema then has Citus statements. */
    public boolean anyOnCitus(List<ModelDef> models) {
        return models.stream().anyMatch(this::onCitus);
    }

    /** True when the edge is the model's key link: the link a model of a chain is distributed by. */
    public boolean isKeyLink(Edge edge) {
        return edge.source().keyLink().filter(link -> link == edge.component()).isPresent();
    }
}
