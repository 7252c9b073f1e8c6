package com.example.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the sample app's Mermaid diagram: it must be the one the processor writes. */
class ReadmeDiagramTest {
    private static final String BEGIN = "<!-- sample-diagram:begin -->\n```mermaid\n";
    private static final String END = "```\n<!-- sample-diagram:end -->";

    @Test
    void readmeShowsTheGeneratedDiagram() throws IOException {
        String generated;
        try (InputStream in = BlogApp.class.getResourceAsStream("relata-schema.mmd")) {
            assertNotNull(in, "the processor wrote no relata-schema.mmd beside the classes");
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END, begin);
        assertTrue(begin >= 0 && end > begin, "README.md has no block between " + BEGIN.strip() + " and " + END);

        assertEquals(generated, readme.substring(begin + BEGIN.length(), end),
                "README.md's diagram of the sample app: copy it from "
                        + "sample-app/target/classes/com/example/blog/relata-schema.mmd");
    }
}
