package dev.relata.processor;

import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.diagram.ErDiagram;
import dev.relata.processor.model.Finder;
import dev.relata.processor.model.ModelDef;
import dev.relata.processor.model.ModelGraph;
import dev.relata.processor.sql.SqlDialect;
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
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * The files of one round's models: each model's DAO, and per package its {@code RelataSchema}, DDL
 * scripts and diagram. {@link #start} asks javac what the files need from it and starts building
 * them on helper threads ({@link OrderedWork}), so that javac's thread can check the DAOs' names in
 * the meantime; {@link #finish} takes the files in the order of the models and hands them to the filer,
 * leaving out what the checks made since then rule out.
 */
final class Generation {
    /** A file a task made: a source (its type's simple name) or a resource (its file name). */
    private record File(String name, String text, boolean source) {}

    /** A task's file's place: where it goes, and the elements it comes from. */
    private record Planned(SourceFiles.Target target, List<Element> origins) {}

    private final ModelGraph graph;
    private final SourceFiles files;
    /** The task of each model's DAO, by the model's qualified name. */
    private final Map<String, Integer> daoTasks = new HashMap<>();
    /** The task of each package's files, by package. */
    private final Map<String, Integer> packageTasks = new HashMap<>();
    private final List<Planned> planned = new ArrayList<>();
    private final OrderedWork<List<File>> work;

    private Generation(ModelGraph graph, SourceFiles files, Map<String, List<Finder>> finders, Set<String> blocked) {
        this.graph = graph;
        this.files = files;
        for (ModelDef model : graph.models()) {
            files.generating(model.packageName(), model.dao().simpleName());
            files.generating(model.packageName(), SchemaWriter.NAME);
        }
        DaoWriter daos = new DaoWriter(graph);
        SchemaWriter schemas = new SchemaWriter(graph);
        ErDiagram diagram = new ErDiagram(graph);
        List<Function<StringBuilder, List<File>>> tasks = new ArrayList<>();
        Map<String, List<ModelDef>> packages = new LinkedHashMap<>();
        for (ModelDef model : graph.models()) {
            if (model.compiled() || blocked.contains(model.qualifiedName())) {
                continue;
            }
            List<Finder> implemented = finders.getOrDefault(model.qualifiedName(), List.of());
            List<Element> origins = new ArrayList<>(originating(model));
            for (Finder finder : implemented) {
                origins.add(finder.element());
            }
            SourceFiles.Target target = files.target(model.packageName(), origins);
            daoTasks.put(model.qualifiedName(), tasks.size());
            planned.add(new Planned(target, List.copyOf(origins)));
            tasks.add(buffer -> List.of(new File(model.dao().simpleName(),
                    SourceFiles.render(target, daos.write(model, implemented), buffer), true)));
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
            SourceFiles.Target target = files.target(packageName, origins);
            packageTasks.put(packageName, tasks.size());
            planned.add(new Planned(target, List.copyOf(origins)));
            tasks.add(buffer -> {
                List<File> made = new ArrayList<>();
                made.add(new File(SchemaWriter.NAME, SourceFiles.render(target, schemas.write(packageName, models), buffer),
                        true));
                made.addAll(ddlFiles(packageName, schemas, models));
                made.add(new File(ErDiagram.FILE_NAME, diagram.write(packageName, models), false));
                return made;
            });
        }
        this.work = OrderedWork.start(tasks);
    }

    /**
     * Starts building the files of the models that have no errors so far ({@code blocked}: those with
     * errors, and those that depend on one). Asks javac what the files need from it, on this thread.
     */
    static Generation start(ModelGraph graph, SourceFiles files, Map<String, List<Finder>> finders, Set<String> blocked) {
        return new Generation(graph, files, finders, blocked);
    }

    /**
     * Hands the files to the filer: each model's DAO, in the order of the models, then each package's
     * files, for the package whose every model has its DAO. Models {@code blocked} now (errors found
     * since {@link #start} included) have none; their packages are left incomplete in {@code schema}.
     * What a writer threw is reported as an internal error on the model, or on the package's first.
     */
    void finish(Reporter reporter, SchemaSources schema, Set<String> blocked) {
        List<OrderedWork.Result<List<File>>> results = work.results();
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
            try {
                schema.add(graph, model);
                add(task, results.get(task));
                packages.computeIfAbsent(model.packageName(), p -> new ArrayList<>()).add(model);
            } catch (RuntimeException | Error e) {
                RelataProcessor.internalError(reporter, model.element(), e);
                incompletePackages.add(model.packageName());
            }
        }
        for (Map.Entry<String, List<ModelDef>> entry : packages.entrySet()) {
            if (incompletePackages.contains(entry.getKey())) {
                continue;
            }
            int task = packageTasks.get(entry.getKey());
            try {
                add(task, results.get(task));
            } catch (RuntimeException | Error e) {
                RelataProcessor.internalError(reporter, entry.getValue().get(0).element(), e);
            }
        }
        files.writeAll((element, e) -> RelataProcessor.internalError(reporter, element, e));
    }

    /** Adds a task's files to those the filer gets, or throws what the task threw. */
    private void add(int task, OrderedWork.Result<List<File>> result) {
        if (result.failure() instanceof RuntimeException e) {
            throw e;
        } else if (result.failure() instanceof Error e) {
            throw e;
        }
        Planned place = planned.get(task);
        for (File file : result.value()) {
            if (file.source()) {
                files.addSource(place.target(), file.text(), file.name(), place.origins());
            } else {
                files.writeResource(place.target().packageName(), file.name(), file.text(), place.origins());
            }
        }
    }

    private List<Element> originating(ModelDef model) {
        Set<Element> elements = new LinkedHashSet<>();
        elements.add(model.element());
        graph.outgoing(model).forEach(e -> elements.add(e.target().element()));
        graph.incoming(model).forEach(e -> elements.add(e.source().element()));
        graph.ancestors(model).forEach(a -> elements.add(a.element()));
        return List.copyOf(elements);
    }

    /**
     * The DDL as SQL scripts beside the classes, {@code relata-schema-<dialect>.sql} in the
     * package's folder, for a migration tool or a review; and {@code relata-schema-citus.sql} where
     * the package's {@code RelataSchema} has {@code citusStatements()}.
     */
    private static List<File> ddlFiles(String packageName, SchemaWriter schemas, List<ModelDef> models) {
        List<File> scripts = new ArrayList<>();
        for (SqlDialect dialect : SqlDialect.values()) {
            String name = "relata-schema-" + dialect.name().toLowerCase(Locale.ROOT) + ".sql";
            StringBuilder script = new StringBuilder("-- Generated by Relata from the @Model records of ")
                    .append(packageName).append(" for ").append(dialect.name()).append(".\n");
            for (String statement : schemas.statements(models, dialect)) {
                script.append(statement).append(";\n");
            }
            scripts.add(new File(name, script.toString(), false));
        }
        Optional<List<String>> citus = schemas.citusStatements(models);
        if (citus.isPresent()) {
            StringBuilder script = new StringBuilder("-- Generated by Relata from the @Model records of ")
                    .append(packageName).append(" for Citus: run on the coordinator, after the scripts of the packages"
                    + " these models link to.\n");
            for (String statement : citus.get()) {
                script.append(statement).append(";\n");
            }
            scripts.add(new File("relata-schema-citus.sql", script.toString(), false));
        }
        return scripts;
    }
}
