package dev.relata.it.ondelete;

import dev.relata.Reference;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link Reference}s a refused delete is expected to report. */
final class References {
    private References() {}

    /** Rows of {@code model} with these (long) keys, linking through {@code relation}. */
    static Reference of(String model, String relation, long... keys) {
        List<Object> boxed = new ArrayList<>();
        for (long key : keys) {
            boxed.add(key);
        }
        return new Reference(model, relation, boxed);
    }
}
