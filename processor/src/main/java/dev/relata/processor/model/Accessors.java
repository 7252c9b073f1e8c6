package dev.relata.processor.model;

import dev.relata.processor.model.ModelGraph.Edge;
import java.util.ArrayList;
import java.util.List;

/** The methods a model's generated DAO has: fixed CRUD methods and accessors over the graph. */
public final class Accessors {
    /** The methods every DAO has, whatever its model: CRUD, and its row mapper for users' own SQL. */
    public static final List<String> FIXED =
            List.of("insert", "insertAll", "findById", "findAll", "count", "update", "deleteById", "delete", "deleteAllById",
                    "deleteAll", "deleteCounting", "deleteAllCounting", "rowMapper", "selectSql");

    public enum Kind { FORWARD, FORWARD_BATCH, CHOICES, REVERSE, REVERSE_BATCH }

    /**
     * One accessor of {@code owner}'s DAO.
     *
     * @param owner      the model whose DAO has the accessor
     * @param name       the method's name
     * @param kind       what it does
     * @param edge       the link it follows: from the owner (or an ancestor) for forward kinds, into
     *                   the owner for reverse kinds
     * @param path       for forward kinds, the ancestors between the owner and the model that declares
     *                   the link, nearest first (empty for the owner's own links)
     */
    public record Accessor(ModelDef owner, String name, Kind kind, Edge edge, List<ModelDef> path) {
        /** The component that declares the link. */
        public Component declaredBy() {
            return edge.component();
        }

        /** The link in the user's terms, for example {@code Profile.user}. */
        public String describe() {
            return edge.source().name() + "." + edge.component().name();
        }
    }

    private Accessors() {}

    public static List<Accessor> accessors(ModelGraph graph, ModelDef model) {
        List<Accessor> accessors = new ArrayList<>();
        List<ModelDef> path = new ArrayList<>();
        ModelDef declaring = model;
        for (ModelDef current : graph.chain(model)) {
            for (Edge edge : graph.outgoing(current)) {
                if (edge.isParentLink()) {
                    continue;
                }
                String relation = edge.component().link().relation();
                List<ModelDef> through = List.copyOf(path);
                accessors.add(new Accessor(model, relation, Kind.FORWARD, edge, through));
                accessors.add(new Accessor(model, relation + "For", Kind.FORWARD_BATCH, edge, through));
                if (current == declaring && !edge.component().link().limitChoicesTo().isEmpty()) {
                    accessors.add(new Accessor(model, relation + "Choices", Kind.CHOICES, edge, through));
                }
            }
            path.add(current);
        }
        for (Edge edge : graph.incoming(model)) {
            edge.reverseName().ifPresent(name -> {
                accessors.add(new Accessor(model, name, Kind.REVERSE, edge, List.of()));
                accessors.add(new Accessor(model, name + "For", Kind.REVERSE_BATCH, edge, List.of()));
            });
        }
        return accessors;
    }
}
