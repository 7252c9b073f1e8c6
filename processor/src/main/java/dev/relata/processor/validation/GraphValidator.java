package dev.relata.processor.validation;

import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.Component;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.model.ModelGraph.Edge;

/**
 * Checks the whole model graph: what a record cannot know on its own (its targets' keys,
 * inheritance chains and cycles, clashes between accessors of different records, duplicate
 * tables), the values that need the target to be checked ({@code limitChoicesTo}), and the shape that
 * a distributed database needs ({@code @Distributed}). Each kind
 * of check has a class of its own; this one runs them in order, the models being compiled one by
 * one, then every DAO's accessors.
 */
public final class GraphValidator {
    private final ModelGraph graph;
    private final TableChecks tables;
    private final InheritanceChecks inheritance;
    private final VisibilityChecks visibility;
    private final LinkChecks links;
    private final ConditionChecks conditions;
    private final AccessorChecks accessors;
    private final DistributionChecks distribution;

    public GraphValidator(ModelGraph graph, Reporter reporter) {
        this.graph = graph;
        this.tables = new TableChecks(graph, reporter);
        this.inheritance = new InheritanceChecks(graph, reporter);
        this.visibility = new VisibilityChecks(graph, reporter);
        this.links = new LinkChecks(graph, reporter);
        this.conditions = new ConditionChecks(graph, reporter);
        this.accessors = new AccessorChecks(graph, reporter);
        this.distribution = new DistributionChecks(graph, reporter);
    }

    /** Validates the models being compiled now. */
    public void validate() {
        tables.checkTableNames();
        tables.checkConstraintNames();
        for (ModelDef model : graph.models()) {
            if (model.compiled()) {
                continue;
            }
            inheritance.checkCycle(model);
            tables.checkColumns(model);
            tables.checkRowSize(model);
            visibility.checkColumnTypes(model);
            for (Edge edge : graph.outgoing(model)) {
                visibility.checkAcrossPackages(edge);
            }
            for (Component component : model.components()) {
                tables.checkLength(model, component);
                tables.checkDefault(model, component);
                if (component.isLink()) {
                    links.check(model, component);
                    conditions.check(model, component);
                }
            }
            distribution.check(model);
        }
        for (ModelDef model : graph.models()) {
            accessors.check(model);
        }
    }
}
