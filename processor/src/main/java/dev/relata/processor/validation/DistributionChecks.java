package dev.relata.processor.validation;

import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.Distribution;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.ModelGraph.Edge;
import dev.relata.processor.model.OnDeleteRule;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.parsing.Annotations;
import java.util.Optional;

/**
 * The one shape of models that a distributed database (Citus) can spread over its nodes: a chain
 * of models keyed by links to a {@code @Distributed} root, whose rows all carry the root row's key.
 * Checked: {@code @Distributed} on a model that is not at the top of its key links; a link into a
 * chain that is not the linking model's key (from a reference table, or a second link from a model
 * of a chain); a UNIQUE constraint of a chain model on another column than its key; and a key link
 * whose delete rule would change the distribution column. Nothing is checked for a graph without
 * {@code @Distributed}.
 */
final class DistributionChecks {
    private final ModelGraph graph;
    private final Reporter reporter;
    private final Distribution distribution;
    private final boolean anyDistributed;

    DistributionChecks(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.reporter = reporter;
        this.distribution = new Distribution(graph);
        this.anyDistributed = graph.models().stream().anyMatch(ModelDef::distributed);
    }

    void check(ModelDef model) {
        if (!anyDistributed) {
            return;
        }
        checkRoot(model);
        Optional<ModelDef> root = distribution.root(model);
        for (Edge edge : graph.outgoing(model)) {
            Optional<ModelDef> targetRoot = distribution.root(edge.target());
            if (graph.linksToAncestor(edge)) {
                continue; // redundant, an error of its own
            }
            if (distribution.isKeyLink(edge)) {
                if (targetRoot.isPresent() && edge.onDelete() == OnDeleteRule.SET_DEFAULT) {
                    reporter.report(Message.DISTRIBUTED_ON_DELETE, edge.component().element(), edge.component().link().mirror(),
                            Annotations.explicit(edge.component().link().mirror(), "onDelete"), model.name(),
                            edge.component().name(), targetRoot.get().name(), edge.target().name());
                }
                continue;
            }
            Component component = edge.component();
            if (targetRoot.isPresent() && root.isPresent()) {
                reporter.report(Message.DISTRIBUTED_SECOND_LINK, component.element(), component.link().mirror(), model.name(),
                        component.name(), edge.target().name(), targetRoot.get().name(), distributedBy(model),
                        root.get().name(), component.link().annotation());
            } else if (targetRoot.isPresent()) {
                reporter.report(component.isForeignKey() ? Message.DISTRIBUTED_FOREIGN_KEY : Message.DISTRIBUTED_LINK_NOT_KEY,
                        component.element(), component.link().mirror(), model.name(), component.name(),
                        edge.target().name(), targetRoot.get().name(), key(model), component.type());
            }
        }
        if (root.isPresent()) {
            for (Component component : model.components()) {
                boolean intoChain = component.isLink() && graph.target(component).flatMap(distribution::root).isPresent();
                if (component.uniqueColumn() && model.ownKey().filter(key -> key == component).isEmpty() && !intoChain) {
                    boolean link = component.isLink() && !component.isForeignKey();
                    reporter.report(Message.DISTRIBUTED_UNIQUE, component.element(), link ? component.link().mirror() : null,
                            model.name(), component.name(), link ? "a @OneToOneField" : "@Column(unique = true)",
                            distributedBy(model), root.get().name(),
                            link ? "a @ForeignKey in place of the @OneToOneField" : "no unique = true");
                }
            }
        }
    }

    /**
     * {@code @Distributed} on a model whose key is a link: the chain's root is the model at the top of
     * its key links. A root's {@code int} key is a warning.
     */
    private void checkRoot(ModelDef model) {
        if (!model.distributed()) {
            return;
        }
        Optional<Component> keyLink = model.keyLink();
        Optional<ModelDef> target = distribution.keyTarget(model);
        Optional<Component> key = model.ownKey();
        if (keyLink.isEmpty() && key.isPresent() && key.get().sqlType() == SqlType.INT) {
            reporter.report(Message.DISTRIBUTED_INT_KEY, key.get().element(), model.name(), key.get().name(), key.get().type());
        }
        if (keyLink.isPresent() && target.isPresent()) {
            reporter.report(Message.DISTRIBUTED_NOT_ROOT, model.element(),
                    Annotations.find(model.element(), Annotations.DISTRIBUTED).orElse(null), model.name(),
                    keyLink.get().name(), target.get().name(), distribution.top(model).name());
        }
    }

    /** The key of a model of a chain, in the user's words: its key link, or the root's own key. */
    private static String distributedBy(ModelDef model) {
        Optional<Component> keyLink = model.keyLink();
        return keyLink.map(link -> "its key link " + model.name() + "." + link.name())
                .orElseGet(() -> "its key " + model.name() + "." + model.ownKey().map(Component::name).orElse("id"));
    }

    /** What the model is keyed by, in the user's words. */
    private String key(ModelDef model) {
        Optional<Component> keyLink = model.keyLink();
        if (keyLink.isPresent() && keyLink.get().isParent()) {
            return "its @Parent " + model.name() + "." + keyLink.get().name();
        }
        if (keyLink.isPresent()) {
            return "its link " + model.name() + "." + keyLink.get().name() + " to "
                    + graph.target(keyLink.get()).map(ModelDef::name).orElse("another model");
        }
        return model.ownKey().map(k -> "a key of its own, " + model.name() + "." + k.name()).orElse("a key of its own");
    }
}
