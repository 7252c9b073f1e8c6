package dev.relata;

/**
 * One page of a {@link Finders} method's rows: skip {@code offset} rows of its order, then return at
 * most {@code limit}. A {@code List} finder takes it as a parameter of its own, not named in its
 * {@link Where}:
 *
 * <pre>{@code
 * @Where("city = :city") @OrderBy("name")
 * List<Profile> inCity(String city, Paging paging);
 *
 * List<Profile> first = finders.inCity("London", Paging.first(20));
 * List<Profile> second = finders.inCity("London", Paging.first(20).next());
 * }</pre>
 *
 * <p>Finders always order by key last, so pages neither overlap nor skip rows while the rows do not
 * change. Runs as {@code LIMIT ? OFFSET ?}: the database still reads the skipped rows, so for deep
 * pages over large tables a condition on the last row seen ({@code @Where("name > :after")}) is
 * faster.
 *
 * @param offset how many rows to skip, at least 0
 * @param limit  the most rows to return, at least 1
 */
public record Paging(long offset, int limit) {
    /**
     * A page of rows.
     *
     * @param offset how many rows to skip, at least 0
     * @param limit  the most rows to return, at least 1
     * @throws IllegalArgumentException for a negative offset or a limit below 1
     */
    public Paging {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, not " + limit);
        }
    }

    /**
     * {@return the first {@code limit} rows}
     *
     * @param limit the most rows to return, at least 1
     */
    public static Paging first(int limit) {
        return new Paging(0, limit);
    }

    /**
     * {@return the page after this one, of the same size}
     *
     * @throws IllegalStateException when that page would start beyond {@code Long.MAX_VALUE} rows
     */
    public Paging next() {
        if (offset > Long.MAX_VALUE - limit) {
            throw new IllegalStateException("No page follows the one at offset " + offset + ": the next would start beyond "
                    + Long.MAX_VALUE + " rows.");
        }
        return new Paging(offset + limit, limit);
    }
}
