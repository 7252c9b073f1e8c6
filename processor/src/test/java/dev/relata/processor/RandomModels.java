package dev.relata.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.lang.model.SourceVersion;

/**
 * Random small sets of models, mostly broken: wrong and unsupported types, missing keys and
 * rules, inheritance cycles, links to what is not a model, odd and reserved names, nested, generic
 * and non-record types. Each set is a compilation's sources; the same seed gives the same sets.
 */
final class RandomModels {
    static final String PACKAGE = "fuzz";
    static final String OTHER_PACKAGE = "fuzz.other";

    private static final List<String> MODEL_NAMES = List.of("User", "Profile", "Page", "Like", "Order", "Group", "Select",
            "Table", "Index", "Key", "Value", "Item", "Node", "A", "B", "LikeRecord", "HTTPCode", "Café", "Dollar$Sign",
            "Count", "Tag", "Badge", "Vote", "AVeryLongModelNameThatKeepsGoingOnAndOnUntilItIsFarTooLongForAnyDatabase");
    private static final List<String> COMPONENT_NAMES = List.of("id", "name", "limit", "order", "select", "from", "group",
            "key", "value", "user", "profile", "page", "like", "count", "insert", "findAll", "userId", "profileId", "$x",
            "x$", "_x", "über", "ID", "Id", "isStaff", "pageName", "pagePtrId", "likes", "tag", "node", "delete", "update",
            "userFor", "pageChoices", "aComponentNameThatIsMuchTooLongToBeAColumnNameInAnyOfTheDatabases", "toString");
    private static final List<String> COLUMN_TYPES = List.of("boolean", "byte", "short", "int", "long", "float", "double",
            "char", "Boolean", "Integer", "Long", "Double", "String", "java.math.BigDecimal", "java.util.UUID",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.Instant", "byte[]", "Mood",
            "@org.jspecify.annotations.Nullable String", "@org.jspecify.annotations.Nullable Integer");
    private static final List<String> ODD_TYPES = List.of("Object", "java.util.List<String>", "java.util.Map<String, Integer>",
            "int[]", "String[]", "Thing", "Plain", "Shape", "java.util.Optional<String>", "java.util.Date", "Inner",
            "Runnable", "Void", "java.util.concurrent.atomic.AtomicLong", "char[]", "Secret", "Secret");
    private static final List<String> KEY_TYPES = List.of("long", "long", "long", "Long", "int", "Integer", "java.util.UUID",
            "String", "double", "boolean", "java.time.LocalDate", "byte[]", "Mood");
    private static final List<String> RULES = List.of("OnDelete.CASCADE", "OnDelete.CASCADE", "OnDelete.PROTECT",
            "OnDelete.RESTRICT", "OnDelete.SET_NULL", "OnDelete.SET_DEFAULT", "OnDelete.DO_NOTHING", "{}",
            "{OnDelete.CASCADE, OnDelete.PROTECT}");
    private static final List<String> LINK_TYPES = List.of("long", "long", "Long", "@org.jspecify.annotations.Nullable Long",
            "int", "Integer", "java.util.UUID", "String");
    private static final List<String> NON_MODELS = List.of("String", "Plain", "Mood", "Thing", "Shape", "Object", "int");
    private static final List<String> RELATED_NAMES = List.of("+", "count", "class", "owner", "owner", "x y", "1st",
            "insertAll", "profile", "hidden+", "findById", "");
    private static final List<String> CONDITIONS = List.of("isStaff = true", "name = 'x'", "id > 0", "likes >= 10",
            "value = null", "mood = HAPPY", "mood = 'SAD'", "nope = 1", "(", "id = 'one'", "name = 5 and (id < 3 or id > 9)",
            "limit != 2", "order = false", "x$ = 1");
    private static final List<String> SQL_NAMES = List.of("order", "select", "my table", "1st", "ok_name", "T", "_", "user",
            "a-b", "a_very_long_sql_name_that_is_far_longer_than_sixty_characters_allow", "LIKE");
    private static final List<String> LITERALS = List.of("0", "1", "-1", "true", "nope", "HAPPY", "PURPLE", "2024-01-31",
            "x", "", "3.5", "123e4567-e89b-12d3-a456-426614174000", "99999999999999999999");

    /**
     * The generated code's own vocabulary: every identifier of a generated DAO (the golden
     * {@code ProfileDao}), its types, fields, methods, parameters and locals, so that models,
     * components and relations named like them keep being tried.
     */
    static final List<String> GENERATED_NAMES = generatedNames();

    private static List<String> generatedNames() {
        String resource = "golden/com/example/blog/ProfileDao.java";
        try (InputStream in = RandomModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", " ");
            Set<String> names = new TreeSet<>();
            Matcher identifier = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(source);
            while (identifier.find()) {
                String name = identifier.group();
                if (!SourceVersion.isKeyword(name) && !name.equals("_") && !Character.isDigit(name.charAt(0))) {
                    names.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The helper types models use: a plain record, class, interface and enum, none of them models nor public. */
    static final List<Source> SUPPORT = List.of(
            Source.of(PACKAGE + ".Plain", "package fuzz;\n\nrecord Plain(long id) {}\n"),
            Source.of(PACKAGE + ".Thing", "package fuzz;\n\nclass Thing {}\n"),
            Source.of(PACKAGE + ".Shape", "package fuzz;\n\ninterface Shape {}\n"),
            Source.of(PACKAGE + ".Mood", "package fuzz;\n\nenum Mood { HAPPY, SAD }\n"));

    private final Random random;
    private final int number;
    /** A clean set has valid models only, so that its code is generated: odd names, every type, links and parents. */
    private final boolean clean;
    private final List<String> names = new ArrayList<>();
    private final List<String> qualified = new ArrayList<>();
    /** How each model is declared: below 78 a record, then other kinds; 90 and above nested in a class. */
    private final List<Integer> kinds = new ArrayList<>();
    /** The parent of each model of a clean set that inherits. */
    private final java.util.Map<Integer, Integer> parents = new java.util.HashMap<>();

    private RandomModels(Random random, int number) {
        this.random = random;
        this.number = number;
        this.clean = random.nextInt(100) < 35;
    }

    /** The sources of set {@code number}: the support types and two to five models. */
    static List<Source> set(Random random, int number) {
        return new RandomModels(random, number).sources();
    }

    private List<Source> sources() {
        int count = 2 + random.nextInt(4);
        List<String> pool = new ArrayList<>(MODEL_NAMES);
        GENERATED_NAMES.forEach(name -> pool.add(Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        Collections.shuffle(pool, random);
        for (int i = 0; i < count; i++) {
            names.add(pool.get(i));
            boolean other = i == count - 1 && random.nextInt(6) == 0;
            qualified.add((other ? OTHER_PACKAGE : PACKAGE) + "." + pool.get(i));
            kinds.add(clean ? random.nextInt(85) : random.nextInt(100));
        }
        List<Source> sources = new ArrayList<>();
        sources.addAll(SUPPORT);
        for (int i = 0; i < count; i++) {
            sources.add(model(i));
        }
        return sources;
    }

    private Source model(int index) {
        String name = names.get(index);
        String packageName = qualified.get(index).substring(0, qualified.get(index).lastIndexOf('.'));
        StringBuilder annotations = new StringBuilder(clean ? "@Model\n" : modelAnnotation());
        if (chance(15)) {
            annotations.append("@SuppressWarnings(\"relata\")\n");
        }
        String header = "package " + packageName + ";\n\nimport dev.relata.*;\n"
                + (packageName.equals(PACKAGE) ? "" : "import fuzz.*;\n") + "\n";
        String generics = !clean && chance(5) ? "<T>" : "";
        String components = clean ? cleanComponents(index) : components(index);
        String body = chance(12) ? " {\n    public record Inner(int x) {}\n\n    private enum Secret { HIDDEN }\n\n"
                + "    public int twice() {\n        return 2;\n    }\n}\n" : " {}\n";
        int kind = kinds.get(index);
        String visibility = clean || chance(90) ? "public " : "";
        String text;
        String fileName = name;
        if (kind < 78 || clean && kind < 90) {
            text = annotations + visibility + "record " + name + generics + "(" + components + ")" + body;
        } else if (kind < 82) {
            text = annotations + visibility + "class " + name + " {}\n";
        } else if (kind < 85) {
            text = annotations + visibility + "interface " + name + " {}\n";
        } else if (kind < 88) {
            text = annotations + visibility + "enum " + name + " { ONE }\n";
        } else if (kind < 90) {
            text = annotations + visibility + "@interface " + name + " {}\n";
        } else {
            // Nested: static nested records are models too; private ones, or inside a private class, are not accessible.
            fileName = outer(name);
            String modifier = clean ? "public " : List.of("public ", "", "private ", "protected ").get(random.nextInt(4));
            String inner = annotations.toString().replace("\n", "\n    ") + modifier + "record " + name + generics + "("
                    + components + ") {}";
            text = !clean && chance(20)
                    ? "public class " + fileName + " {\n    private static class Hidden {\n        " + inner.replace("\n",
                            "\n        ") + "\n    }\n}\n"
                    : "public class " + fileName + " {\n    " + inner + "\n}\n";
        }
        return Source.of(packageName + "." + fileName, header + text);
    }

    private String modelAnnotation() {
        if (chance(80)) {
            return "@Model\n";
        }
        if (chance(50) && !names.isEmpty()) {
            return "@Model(table = \"" + names.get(random.nextInt(names.size())).toLowerCase(java.util.Locale.ROOT) + "\")\n";
        }
        return "@Model(table = \"" + pick(SQL_NAMES) + "\")\n";
    }

    private String components(int index) {
        List<String> components = new ArrayList<>();
        List<String> pool = new ArrayList<>(COMPONENT_NAMES);
        pool.addAll(GENERATED_NAMES);
        pool.remove("id");
        Collections.shuffle(pool, random);
        int next = 0;
        int key = random.nextInt(100);
        if (key < 55) {
            components.add("@Id " + keyType() + " id");
        } else if (key < 65) {
            components.add(keyType() + " id");
        } else if (key < 80) {
            String parent = chance(85) ? reference(random.nextInt(names.size())) : pick(NON_MODELS);
            components.add("@Parent " + parent + " " + pool.get(next++));
        } else if (key < 85) {
            components.add("@Id long id");
            components.add("@Id String " + pool.get(next++));
        } else if (key < 90) {
            components.add("@Parent " + reference(random.nextInt(names.size())) + " " + pool.get(next++));
            components.add("@Id long id");
        } else if (key < 95) {
            components.add("@Id @OneToOneField(to = " + target(index) + ".class, onDelete = OnDelete.CASCADE) "
                    + pick(LINK_TYPES) + " " + pool.get(next++));
        }
        int more = random.nextInt(5);
        for (int i = 0; i < more; i++) {
            String component = pool.get(next++);
            int what = random.nextInt(100);
            if (what < 35) {
                components.add(column() + pick(COLUMN_TYPES) + " " + component);
            } else if (what < 45) {
                components.add(pick(ODD_TYPES) + " " + component);
            } else if (what < 47) {
                components.add("Missing" + " " + component);
            } else if (what < 50) {
                components.add("@Parent " + reference(random.nextInt(names.size())) + " " + component);
            } else if (what < 53) {
                components.add(reference(random.nextInt(names.size())) + " " + component);
            } else {
                components.add(link(index) + " " + component);
            }
        }
        return "\n        " + String.join(",\n        ", components);
    }

    /**
     * Valid components: a long key or a parent declared before, supported column types, and links
     * to models declared before with the key's type and a rule that fits.
     */
    private String cleanComponents(int index) {
        List<String> components = new ArrayList<>();
        List<String> pool = new ArrayList<>(COMPONENT_NAMES);
        pool.addAll(GENERATED_NAMES);
        pool.removeAll(List.of("id", "ID", "Id", "toString"));
        Collections.shuffle(pool, random);
        int next = 0;
        List<Integer> earlier = IntStream.range(0, index).filter(i -> !parents.containsKey(i)).boxed().toList();
        if (!earlier.isEmpty() && chance(25)) {
            int parent = earlier.get(random.nextInt(earlier.size()));
            components.add("@Parent " + reference(parent) + " " + pool.get(next++));
            parents.put(index, parent);
        } else {
            components.add((chance(70) ? "@Id " : "") + "long id");
        }
        int more = random.nextInt(5);
        for (int i = 0; i < more; i++) {
            String component = pool.get(next++);
            List<Integer> targets = earlier.stream().filter(t -> !ancestors(index).contains(t)).toList();
            boolean fixedName = List.of("count", "insert", "delete", "update", "findAll").contains(component);
            if (!targets.isEmpty() && !fixedName && chance(35)) {
                String target = reference(targets.get(random.nextInt(targets.size())));
                boolean nullable = chance(30);
                String rule = nullable ? "OnDelete.SET_NULL"
                        : List.of("OnDelete.CASCADE", "OnDelete.PROTECT", "OnDelete.RESTRICT", "OnDelete.DO_NOTHING")
                                .get(random.nextInt(4));
                components.add("@OneToOneField(to = " + target + ".class, onDelete = " + rule + ", relatedName = \"+\") "
                        + (nullable ? "@org.jspecify.annotations.Nullable Long " : "long ") + component);
            } else {
                String type = pick(COLUMN_TYPES);
                components.add((qualified.get(index).startsWith(OTHER_PACKAGE) ? type.replace("Mood", "String") : type) + " "
                        + component);
            }
        }
        return "\n        " + String.join(",\n        ", components);
    }

    private List<Integer> ancestors(int index) {
        List<Integer> ancestors = new ArrayList<>();
        for (Integer p = parents.get(index); p != null; p = parents.get(p)) {
            ancestors.add(p);
        }
        return ancestors;
    }

    private String keyType() {
        return pick(KEY_TYPES);
    }

    private String column() {
        StringBuilder annotations = new StringBuilder();
        if (chance(15)) {
            annotations.append("@Column(").append(chance(50) ? "name = \"" + pick(SQL_NAMES) + "\"" : "length = "
                    + List.of("0", "-1", "10", "100000").get(random.nextInt(4))).append(") ");
        }
        if (chance(20)) {
            annotations.append("@Default(\"").append(pick(LITERALS)).append("\") ");
        }
        return annotations.toString();
    }

    private String link(int index) {
        StringBuilder link = new StringBuilder("@OneToOneField(to = ").append(target(index)).append(".class");
        if (!chance(8)) {
            link.append(", onDelete = ").append(pick(RULES));
        }
        if (chance(25)) {
            link.append(", relatedName = \"").append(pick(RELATED_NAMES)).append('"');
        }
        if (chance(20)) {
            link.append(", limitChoicesTo = \"").append(pick(CONDITIONS).replace("\"", "\\\"")).append('"');
        }
        if (chance(8)) {
            link.append(", column = \"").append(pick(SQL_NAMES)).append('"');
        }
        link.append(") ");
        if (chance(12)) {
            link.append("@Default(\"").append(pick(LITERALS)).append("\") ");
        }
        return link + pick(LINK_TYPES);
    }

    /** A model of the set (itself included), a model of the other package, or something else. */
    private String target(int index) {
        if (chance(88)) {
            return reference(random.nextInt(names.size()));
        }
        return pick(NON_MODELS);
    }

    /** How the other models name model {@code index}: qualified in the other package, through its class when nested. */
    private String reference(int index) {
        String name = names.get(index);
        String packageName = qualified.get(index).substring(0, qualified.get(index).lastIndexOf('.'));
        String simple = kinds.get(index) >= 90 ? outer(name) + "." + name : name;
        return packageName.equals(PACKAGE) ? simple : packageName + "." + simple;
    }

    private static String outer(String name) {
        return "Outer" + name.replace("$", "");
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    @Override
    public String toString() {
        return "set " + number + ": " + names;
    }
}
