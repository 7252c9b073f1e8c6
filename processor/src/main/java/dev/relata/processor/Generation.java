package dev.relata.processor;

import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.diagram.ErDiagram;
import dev.relata.processor.model.Finder;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.sql.SqlDialect;
import dev.relata.processor.writing.Deprecations;
import dev.relata.processor.writing.OrderedWork;
import dev.relata.processor.writing.SchemaWriter;
import dev.relata.processor.writing.SourceFiles;
import dev.relata.processor.writing.dao.DaoWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The files of one round's models: each model's DAO, and per package its {@code RelataSchema}, DDL
 * scripts and diagram, built on helper threads ({@link OrderedWork}) while javac's thread goes on
 * with the checks that only it can make.
 *
 * <p>javac's thread asks javac, in {@link #start}, whatever the files need from it (whether
 * {@code @Generated} is readable, the package's types, each file's originating elements); the
 * writers then work on the processor's own model alone. The DAOs of models without {@code @Finders}
 * and the packages' files are started at once, while javac's thread looks the DAOs' names up; the
 * DAOs of models with finders start once the finders are checked ({@link #withFinders}), which
 * comes after the name check as it always has (a model whose DAO's name is taken has its finders
 * left unchecked). {@link #finish} hands the files to the filer in the order of the models, as if
 * they had been written one after the other, and leaves out those of models that the checks made
 * since {@link #start} have blocked.
 */
final class Generation {
    /** A file a task made: a source (its type's simple name) or a resource (its file name). */
    private record Made(String name, String text, boolean source) {}

    /**
     * A task's files' place: where they go, and the elements they come from; or what javac's thread
     * threw while asking for them (the task then makes nothing, and finish reports it).
     */
    private record Planned(SourceFiles.Target target, List<Element> origins, Throwable failure) {
        static Planned failed(Throwable failure) {
            return new Planned(null, List.of(), failure);
        }
    }

    /** The task of a file whose planning failed: nothing to make. */
    private static final Function<StringBuilder, List<Made>> NOTHING = buffer -> List.of();

    private final ModelGraph graph;
    private final SourceFiles files;
    /** The task of each model's DAO, by the model's qualified name. */
    private final Map<String, Integer> daoTasks = new HashMap<>();
    /** The task of each package's files, by package. */
    private final Map<String, Integer> packageTasks = new HashMap<>();
    /** The place of each task's files, by task. */
    private final List<Planned> planned = new ArrayList<>();
    private final OrderedWork<List<Made>> work;
    /** The checked finders, by model: null until {@link #withFinders}, and in a round abandoned before it. */
    private volatile Map<String, List<Finder>> finders;
    private final CountDownLatch findersChecked = new CountDownLatch(1);

    private Generation(ModelGraph graph, SourceFiles files, Deprecations deprecations, Set<String> blocked,
            Map<String, List<TypeElement>> withFinders) {
        this.graph = graph;
        this.files = files;
        for (ModelDef model : graph.models()) {
            files.generating(model.packageName(), model.dao().simpleName());
            files.generating(model.packageName(), SchemaWriter.NAME);
        }
        DaoWriter daos = new DaoWriter(graph);
        SchemaWriter schemas = new SchemaWriter(graph);
        ErDiagram diagram = new ErDiagram(graph);
        List<Function<StringBuilder, List<Made>>> tasks = new ArrayList<>();
        // The DAOs of models with finders go last: their tasks wait until the finders are checked.
        List<Function<StringBuilder, List<Made>>> waiting = new ArrayList<>();
        List<Planned> waitingPlaces = new ArrayList<>();
        List<String> waitingModels = new ArrayList<>();
        Map<String, List<ModelDef>> packages = new LinkedHashMap<>();
        for (ModelDef model : graph.models()) {
            if (model.compiled() || blocked.contains(model.qualifiedName())) {
                continue;
            }
            boolean hasFinders = withFinders.containsKey(model.qualifiedName());
            Function<StringBuilder, List<Made>> task;
            Planned place;
            try {
                List<Element> origins = originating(model);
                List<Element> used = new ArrayList<>(origins);
                used.addAll(withFinders.getOrDefault(model.qualifiedName(), List.of()));
                SourceFiles.Target target = files.target(model.packageName(), origins, deprecations.warnings(used));
                place = new Planned(target, origins, null);
                task = buffer -> {
                    List<Finder> implemented = List.of();
                    if (hasFinders) {
                        Map<String, List<Finder>> checked = awaitFinders();
                        if (checked == null) {
                            return List.of(); // abandoned
                        }
                        implemented = checked.getOrDefault(model.qualifiedName(), List.of());
                    }
                    return List.of(new Made(model.dao().simpleName(),
                            SourceFiles.render(target, daos.write(model, implemented), buffer), true));
                };
            } catch (RuntimeException | Error e) {
                place = Planned.failed(e);
                task = NOTHING;
            }
            if (hasFinders) {
                waiting.add(task);
                waitingPlaces.add(place);
                waitingModels.add(model.qualifiedName());
            } else {
                daoTasks.put(model.qualifiedName(), tasks.size());
                tasks.add(task);
                planned.add(place);
            }
            packages.computeIfAbsent(model.packageName(), p -> new ArrayList<>()).add(model);
        }
        // A package's files are written only when every model in it has its DAO (finish); planned
        // here with all of them, they are the files finish would have made.
        for (Map.Entry<String, List<ModelDef>> entry : packages.entrySet()) {
            String packageName = entry.getKey();
            List<ModelDef> models = List.copyOf(entry.getValue());
            List<Element> origins = new ArrayList<>(models.size());
            for (ModelDef model : models) {
                origins.add(model.element());
            }
            packageTasks.put(packageName, tasks.size());
            try {
                SourceFiles.Target target = files.target(packageName, origins);
                planned.add(new Planned(target, List.copyOf(origins), null));
                tasks.add(buffer -> {
                    List<Made> made = new ArrayList<>();
                    made.add(new Made(SchemaWriter.NAME, SourceFiles.render(target, schemas.write(packageName, models), buffer),
                            true));
                    made.addAll(ddlFiles(packageName, schemas, models));
                    made.add(new Made(ErDiagram.FILE_NAME, diagram.write(packageName, models), false));
                    return made;
                });
            } catch (RuntimeException | Error e) {
                planned.add(Planned.failed(e));
                tasks.add(NOTHING);
            }
        }
        for (int i = 0; i < waiting.size(); i++) {
            daoTasks.put(waitingModels.get(i), tasks.size());
            tasks.add(waiting.get(i));
            planned.add(waitingPlaces.get(i));
        }
        this.work = OrderedWork.start(tasks);
    }

    /**
     * Starts building the files of the models that have no errors so far ({@code blocked}: those with
     * errors, and those that depend on one); the DAOs of the models in {@code withFinders} (by
     * qualified name: those a {@code @Finders} interface names, with the interfaces that name them)
     * wait for {@link #withFinders}. Asks javac what the files need from it, on this thread.
     */
    static Generation start(ModelGraph graph, SourceFiles files, Deprecations deprecations, Set<String> blocked,
            Map<String, List<TypeElement>> withFinders) {
        return new Generation(graph, files, deprecations, blocked, withFinders);
    }

    /** The finders as checked, by model: the DAOs of models with finders can now be built. */
    void withFinders(Map<String, List<Finder>> checked) {
        finders = Map.copyOf(checked);
        findersChecked.countDown();
    }

    /** Ends the round without files, after an error on javac's thread: the helpers stop taking tasks. */
    void abandon() {
        work.abandon();
        findersChecked.countDown();
    }

    /** The checked finders, once {@link #withFinders} has been called; null when the round was abandoned. */
    private Map<String, List<Finder>> awaitFinders() {
        try {
            findersChecked.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the finders to be checked", e);
        }
        return finders;
    }

    /**
     * Hands the files to the filer: each model's DAO, in the order of the models, then each package's
     * files, for the package whose every model has its DAO. Models {@code blocked} now (errors found
     * since {@link #start} included: errors are only ever added, so these are a superset of the
     * models left out then) have none; their packages are left incomplete in {@code schema}. What a
     * writer threw is reported as an internal error on the model, or on the package's first.
     */
    void finish(Reporter reporter, SchemaSources schema, Set<String> blocked) {
        List<OrderedWork.Result<List<Made>>> results = work.results();
        Map<String, List<ModelDef>> packages = new LinkedHashMap<>();
        Set<String> incompletePackages = new LinkedHashSet<>();
        for (ModelDef model : graph.models()) {
            if (model.compiled()) {
                continue;
            }
            if (blocked.contains(model.qualifiedName())) {
                schema.incomplete();
                incompletePackages.add(model.packageName());
                continue;
            }
            int task = daoTasks.get(model.qualifiedName());
            Throwable failure;
            try {
                schema.add(graph, model);
                // A DAO's originating elements include the finders it implements.
                List<Element> finderElements = new ArrayList<>();
                Map<String, List<Finder>> checked = finders;
                for (Finder finder : checked == null ? List.<Finder>of() : checked.getOrDefault(model.qualifiedName(), List.of())) {
                    finderElements.add(finder.element());
                }
                failure = add(task, results.get(task), finderElements);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (failure != null) {
                RelataProcessor.internalError(reporter, model.element(), failure);
                incompletePackages.add(model.packageName());
            } else {
                packages.computeIfAbsent(model.packageName(), p -> new ArrayList<>()).add(model);
            }
        }
        for (Map.Entry<String, List<ModelDef>> entry : packages.entrySet()) {
            if (incompletePackages.contains(entry.getKey())) {
                continue;
            }
            int task = packageTasks.get(entry.getKey());
            Throwable failure = add(task, results.get(task), List.of());
            if (failure != null) {
                RelataProcessor.internalError(reporter, entry.getValue().get(0).element(), failure);
            }
        }
        files.writeAll((element, e) -> RelataProcessor.internalError(reporter, element, e));
    }

    /**
     * Adds a task's files to those the filer gets, with the task's originating elements and
     * {@code more}; or, when the task failed, returns what it threw.
     */
    private Throwable add(int task, OrderedWork.Result<List<Made>> result, List<Element> more) {
        Planned place = planned.get(task);
        if (place.failure() != null) {
            return place.failure();
        } else if (result == null) {
            return new IllegalStateException("a writer did not finish: the JVM ran out of memory");
        } else if (result.failure() != null) {
            return result.failure();
        }
        List<Element> origins = place.origins();
        if (!more.isEmpty()) {
            origins = new ArrayList<>(origins);
            origins.addAll(more);
        }
        for (Made file : result.value()) {
            if (file.source()) {
                files.addSource(place.target(), file.text(), file.name(), origins);
            } else {
                files.writeResource(place.target().packageName(), file.name(), file.text(), origins);
            }
        }
        return null;
    }

    /**
     * A DAO's originating elements, which are also the models its code uses: the model and its
     * ancestors, the models their links point to and those that link to them (whose rows its
     * accessors read), with their ancestors.
     */
    private List<Element> originating(ModelDef model) {
        Set<Element> elements = new LinkedHashSet<>();
        List<ModelDef> own = new ArrayList<>();
        own.add(model);
        own.addAll(graph.ancestors(model));
        for (ModelDef m : own) {
            withAncestors(m, elements);
            graph.outgoing(m).forEach(e -> withAncestors(e.target(), elements));
            graph.incoming(m).forEach(e -> withAncestors(e.source(), elements));
        }
        return List.copyOf(elements);
    }

    private void withAncestors(ModelDef model, Set<Element> elements) {
        elements.add(model.element());
        graph.ancestors(model).forEach(a -> elements.add(a.element()));
    }

    /**
     * The DDL as SQL scripts beside the classes, {@code relata-schema-<dialect>.sql} in the
     * package's folder, for a migration tool or a review; and {@code relata-schema-citus.sql} where
     * the package's {@code RelataSchema} has {@code citusStatements()}.
     */
    private static List<Made> ddlFiles(String packageName, SchemaWriter schemas, List<ModelDef> models) {
        List<Made> scripts = new ArrayList<>();
        for (SqlDialect dialect : SqlDialect.values()) {
            String name = "relata-schema-" + dialect.name().toLowerCase(Locale.ROOT) + ".sql";
            StringBuilder script = new StringBuilder("-- Generated by Relata from the @Model records of ")
                    .append(packageName).append(" for ").append(dialect.name()).append(".\n");
            for (String statement : schemas.statements(models, dialect)) {
                script.append(statement).append(";\n");
            }
            scripts.add(new Made(name, script.toString(), false));
        }
        Optional<List<String>> citus = schemas.citusStatements(models);
        if (citus.isPresent()) {
            StringBuilder script = new StringBuilder("-- Generated by Relata from the @Model records of ")
                    .append(packageName).append(" for Citus: run on the coordinator, after the scripts of the packages"
                    + " these models link to.\n");
            for (String statement : citus.get()) {
                script.append(statement).append(";\n");
            }
            scripts.add(new Made("relata-schema-citus.sql", script.toString(), false));
        }
        return scripts;
    }
}
