package dev.relata.processor.writing;

import dev.relata.processor.writing.code.CodeBlock;
import java.util.List;

/**
 * Calls on a builder ({@code .table(...)}, {@code .column(...)}, ...) written so that javac compiles
 * them however many there are. A chained call nests the call before it, and javac checks the nesting
 * recursively: a chain of a thousand calls or so overflows its stack. Short chains stay one expression;
 * long ones are cut into statements on a local that holds the builder.
 */
public final class Chains {
    /** At most this many calls in one chained expression. */
    public static final int MAX_CALLS = 64;

    private Chains() {}

    /** Whether the calls fit in one expression. */
    public static boolean fits(List<CodeBlock> calls) {
        return calls.size() <= MAX_CALLS;
    }

    /**
     * The calls (each a block such as {@code .column("t", "c")}) as statements on the local
     * {@code receiver}, one per {@value #MAX_CALLS} calls, each call on a line of its own.
     */
    public static CodeBlock statements(String receiver, List<CodeBlock> calls) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int start = 0; start < calls.size(); start += MAX_CALLS) {
            code.add("$L$>$>", receiver);
            for (CodeBlock call : calls.subList(start, Math.min(start + MAX_CALLS, calls.size()))) {
                code.add("\n$L", call);
            }
            code.add(";\n$<$<");
        }
        return code.build();
    }
}
