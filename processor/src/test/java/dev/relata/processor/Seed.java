package dev.relata.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** The models of DESIGN section 1, as a user writes them, from {@code src/test/resources/seed}. */
final class Seed {
    static final String PACKAGE = "com.example.blog";

    private Seed() {}

    /** User, Profile, Page and Like, in this order, and the finders of Profile. */
    static JavaFileObject[] models() {
        return new JavaFileObject[] {model("User"), model("Profile"), model("Page"), model("Like"), model("ProfileFinders")};
    }

    static JavaFileObject model(String name) {
        return JavaFileObjects.forResource("seed/com/example/blog/" + name + ".java");
    }
}
