package dev.relata.processor.writing;

import com.palantir.javapoet.TypeName;
import dev.relata.processor.writing.code.CodeBlock;
import dev.relata.processor.writing.code.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * Calls on a builder ({@code .table(...)}, {@code .column(...)}, ...) written so that javac compiles
 * them however many there are. A chained call nests the call before it, and javac checks the nesting
 * recursively: a chain of a thousand calls or so overflows its stack. And a method's code may not pass
 * 64 KiB. Short chains stay one expression (each writer lays its own out); long ones are cut into
 * statements on a local that holds the builder, and very long ones spread over methods of their own.
 */
public final class Chains {
    /** At most this many calls in one chained expression. */
    public static final int MAX_CALLS = 64;
    /**
     * At most this many calls in one method: a call takes a dozen to thirty bytes of code, and a
     * method at most 64 KiB.
     */
    public static final int MAX_CALLS_PER_METHOD = 2_000;

    private Chains() {}

    /** Whether the calls fit in one expression. */
    public static boolean fits(List<CodeBlock> calls) {
        return calls.size() <= MAX_CALLS;
    }

    /**
     * The calls (each a block such as {@code .column("t", "c")}) as statements on the local or parameter
     * {@code receiver}, each group (a table's calls, say) starting a statement of its own, and a
     * statement per {@value #MAX_CALLS} calls at most, each call on a line of its own. Past
     * {@value #MAX_CALLS_PER_METHOD} calls, the statements go into private static methods that take
     * the builder, of type {@code builderType}, under {@code receiver}: named {@code partName(1)},
     * {@code partName(2)}, ..., documented by {@code partJavadoc} (a format with the part's number as
     * its one argument), and added to {@code parts}; the code returned then calls them in order.
     */
    public static CodeBlock statements(String receiver, TypeName builderType, List<List<CodeBlock>> groups,
            IntFunction<String> partName, String partJavadoc, List<MethodSpec> parts) {
        List<CodeBlock> bodies = new ArrayList<>();
        CodeBlock.Builder body = CodeBlock.builder();
        int callsInBody = 0;
        for (List<CodeBlock> group : groups) {
            for (int start = 0; start < group.size(); start += MAX_CALLS) {
                List<CodeBlock> chunk = group.subList(start, Math.min(start + MAX_CALLS, group.size()));
                if (callsInBody > 0 && callsInBody + chunk.size() > MAX_CALLS_PER_METHOD) {
                    bodies.add(body.build());
                    body = CodeBlock.builder();
                    callsInBody = 0;
                }
                body.add("$L$>$>", receiver);
                for (CodeBlock call : chunk) {
                    body.add("\n$L", call);
                }
                body.add(";\n$<$<");
                callsInBody += chunk.size();
            }
        }
        bodies.add(body.build());
        if (bodies.size() == 1) {
            return bodies.get(0);
        }
        CodeBlock.Builder calls = CodeBlock.builder();
        for (int i = 0; i < bodies.size(); i++) {
            MethodSpec part = MethodSpec.methodBuilder(partName.apply(i + 1))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(builderType, receiver)
                    .addJavadoc(partJavadoc, i + 1)
                    .addCode(bodies.get(i))
                    .build();
            parts.add(part);
            calls.addStatement("$N($L)", part, receiver);
        }
        return calls.build();
    }
}
