package dev.relata;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one row of a {@link ResultSet} as a {@code T}. Every generated DAO offers the one its own
 * queries use, {@code rowMapper()}, for SQL of your own; the DAO's {@code selectSql()} is a
 * {@code SELECT} of the columns that mapper reads, in its order, to which you add your
 * {@code WHERE}, {@code ORDER BY} or joins:
 *
 * <pre>{@code
 * ProfileDao profiles = new ProfileDao(db);
 * RowMapper<Profile> mapper = profiles.rowMapper();
 * List<Profile> found = db.withConnection(connection -> {
 *     try (PreparedStatement ps = connection.prepareStatement(profiles.selectSql() + " WHERE t0.city = ?")) {
 *         ps.setString(1, "London");
 *         try (ResultSet rs = ps.executeQuery()) {
 *             List<Profile> rows = new ArrayList<>();
 *             while (rs.next()) {
 *                 rows.add(mapper.map(rs));
 *             }
 *             return rows;
 *         }
 *     }
 * });
 * }</pre>
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface RowMapper<T> {
    /**
     * Reads the current row of {@code rs}, which is positioned on it; does not move it.
     *
     * @param rs a result positioned on a row, whose columns are those the DAO's {@code selectSql()} selects
     * @return the row
     * @throws SQLException when a column cannot be read
     */
    T map(ResultSet rs) throws SQLException;
}
