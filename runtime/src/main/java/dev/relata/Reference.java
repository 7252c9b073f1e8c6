package dev.relata;

import java.util.List;

/**
 * Rows that link, through one relation, to rows someone tried to delete: what a
 * {@link ProtectedException} or {@link RestrictedException} reports.
 *
 * @param model    the simple name of the model whose rows link, for example {@code Page}
 * @param relation the relation they link through, for example {@code profile}
 * @param keys     the keys of the linking rows, in key order
 */
public record Reference(String model, String relation, List<Object> keys) {
    /**
     * Rows that link, with a copy of their keys.
     *
     * @param model    the simple name of the model whose rows link
     * @param relation the relation they link through
     * @param keys     the keys of the linking rows, in key order
     */
    public Reference {
        keys = List.copyOf(keys);
    }

    @Override
    public String toString() {
        return "'" + model + "." + relation + "' (" + model + " keys " + keys + ")";
    }
}
