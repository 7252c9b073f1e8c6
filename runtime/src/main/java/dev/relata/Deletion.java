package dev.relata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a delete removed, as Django's {@code delete()} tells it: how many rows of each model went,
 * the cascades and the parent rows of {@code @Parent} children included. Rows whose links were set
 * to NULL or to their default were changed, not deleted, and are not counted.
 *
 * @param byModel the number of rows deleted, by the simple name of their model, in the order the
 *                rows were deleted; models none of whose rows went are absent
 */
public record Deletion(Map<String, Integer> byModel) {
    /**
     * A deletion, with a copy of its counts.
     *
     * @param byModel the number of rows deleted, by model
     */
    public Deletion {
        byModel = Collections.unmodifiableMap(new LinkedHashMap<>(byModel));
    }

    /** {@return how many rows went, of every model} */
    public int total() {
        return byModel.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * {@return how many rows of the model went}
     *
     * @param model the simple name of a model, for example {@code Page}
     */
    public int of(String model) {
        return byModel.getOrDefault(model, 0);
    }
}
