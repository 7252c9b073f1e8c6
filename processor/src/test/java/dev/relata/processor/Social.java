package dev.relata.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * A chain that a distributed database can spread over its nodes, from
 * {@code src/test/resources/seed/com/example/social}: the {@code @Distributed} User, its Profile
 * and Page keyed by their links, the Like that inherits from Page, and Country, a reference table
 * that User links to.
 */
final class Social {
    static final String PACKAGE = "com.example.social";

    private Social() {}

    static JavaFileObject[] models() {
        return new JavaFileObject[] {model("User"), model("Country"), model("Profile"), model("Page"), model("Like")};
    }

    static JavaFileObject model(String name) {
        return JavaFileObjects.forResource("seed/com/example/social/" + name + ".java");
    }
}
