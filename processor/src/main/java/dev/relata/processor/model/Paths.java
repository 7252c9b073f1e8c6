package dev.relata.processor.model;

import dev.relata.processor.model.ModelGraph.Edge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paths of finders over the model graph: {@code city}, {@code user.username},
 * {@code profile.user.username}. Each name but the last is a hop to another model: forward
 * through a link, by the relation's name, or backward by a reverse accessor's name; the
 * last names a component. Components and links that a model inherits through {@code @Parent} are
 * named as its own.
 */
public final class Paths {
    private Paths() {}

    /** A hop of a path: a link followed forward (to its target) or backward (to its source). */
    public record Hop(Edge edge, boolean forward) {
        /** The model the hop arrives at. */
        public ModelDef to() {
            return forward ? edge.target() : edge.source();
        }
    }

    /**
     * A path that leads to a column.
     *
     * @param text      the path as written
     * @param hops      the hops, in order (none for a component of the model itself)
     * @param owner     the model of the last hop (or the model the path starts from)
     * @param declaring the model of {@code owner}'s inheritance chain whose table holds the column
     * @param component the component named last
     */
    public record Resolved(String text, List<Hop> hops, ModelDef owner, ModelDef declaring, Component component) {}

    /**
     * A path that leads nowhere.
     *
     * @param segment  the name that is wrong
     * @param at       the model it was looked up on
     * @param prefix   the path up to that model, with a trailing dot, or empty
     * @param nameable what can be named there
     * @param reason   why it is wrong, in the user's terms
     */
    public record Failure(String segment, ModelDef at, String prefix, List<String> nameable, String reason) {}

    /** The path resolved from {@code model}, or why it does not resolve. */
    public static Result resolve(ModelGraph graph, ModelDef model, String path) {
        String[] segments = path.split("\\.", -1);
        List<Hop> hops = new ArrayList<>();
        ModelDef at = model;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            Optional<Owned> owned = component(graph, at, segment);
            if (owned.isPresent()) {
                Component component = owned.get().component();
                if (last) {
                    return new Result(new Resolved(path, List.copyOf(hops), at, owned.get().model(), component), null);
                }
                if (!component.isLink()) {
                    return failure(graph, at, prefix, segment, "`" + prefix + segment + "` is a column of " + at.name()
                            + ", so nothing follows it");
                }
                Optional<ModelDef> target = graph.target(component);
                if (target.isEmpty()) {
                    return failure(graph, at, prefix, segment, "its target is not a model");
                }
                hops.add(new Hop(new Edge(owned.get().model(), component, target.get()), true));
                at = target.get();
            } else {
                Optional<Edge> reverse = reverse(graph, at, segment);
                if (reverse.isEmpty()) {
                    return failure(graph, at, prefix, segment, "`" + segment + "` names nothing of " + at.name());
                }
                if (last) {
                    return failure(graph, at, prefix, segment, "`" + prefix + segment + "` is the model "
                            + reverse.get().source().name() + ", not one of its components");
                }
                hops.add(new Hop(reverse.get(), false));
                at = reverse.get().source();
            }
            prefix.append(segment).append('.');
        }
        throw new IllegalStateException("A path without names: " + path);
    }

    /**
     * The index of the path's first hop that follows a foreign key backward, to rows of which there may
     * be many; -1 when there is none.
     */
    public static int firstManyBackward(Resolved path) {
        for (int i = 0; i < path.hops().size(); i++) {
            Hop hop = path.hops().get(i);
            if (!hop.forward() && hop.edge().many()) {
                return i;
            }
        }
        return -1;
    }

    /** A resolved path, or a failure. */
    public record Result(Resolved resolved, Failure failure) {
        public boolean ok() {
            return resolved != null;
        }
    }

    private record Owned(ModelDef model, Component component) {}

    private static Result failure(ModelGraph graph, ModelDef at, StringBuilder prefix, String segment, String reason) {
        return new Result(null, new Failure(segment, at, prefix.toString(), nameable(graph, at), reason));
    }

    /** The component of the model's chain named {@code name}, or whose link's relation is {@code name}. */
    private static Optional<Owned> component(ModelGraph graph, ModelDef model, String name) {
        for (ModelDef member : graph.chain(model)) {
            for (Component component : member.components()) {
                if (!component.isParent() && (component.name().equals(name)
                        || component.isLink() && component.link().relation().equals(name))) {
                    return Optional.of(new Owned(member, component));
                }
            }
        }
        return Optional.empty();
    }

    /** The link into the model's chain whose reverse accessor is named {@code name}. */
    private static Optional<Edge> reverse(ModelGraph graph, ModelDef model, String name) {
        for (ModelDef member : graph.chain(model)) {
            for (Edge edge : graph.incoming(member)) {
                if (edge.reverseName().filter(name::equals).isPresent()) {
                    return Optional.of(edge);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What a path can name on the model: its components and inherited ones, then the links it can
     * follow, as {@code user.} (forward) and {@code profile.} (backward).
     */
    public static List<String> nameable(ModelGraph graph, ModelDef model) {
        List<String> names = new ArrayList<>();
        List<String> hops = new ArrayList<>();
        for (ModelDef member : graph.chain(model)) {
            for (Component component : member.components()) {
                if (component.isParent()) {
                    continue;
                }
                names.add(component.name());
                if (component.isLink() && graph.target(component).isPresent()) {
                    hops.add(component.link().relation() + ".");
                }
            }
        }
        for (ModelDef member : graph.chain(model)) {
            for (Edge edge : graph.incoming(member)) {
                edge.reverseName().ifPresent(name -> hops.add(name + "."));
            }
        }
        names.addAll(hops);
        return names;
    }
}
