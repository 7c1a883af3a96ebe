package io.ferry.connect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The sequence behind a serial or identity column, as far as incrementing mode cares: how many
 * values each session draws ahead ({@code CACHE}). With more than one, a session may use a
 * value long after other sessions committed higher ones, so ids follow no commit order.
 */
public final class SerialSequence {
    static final String SQL = "SELECT s.seqcache FROM pg_catalog.pg_sequence s"
        + " WHERE s.seqrelid = pg_catalog.pg_get_serial_sequence(?, ?)::regclass";

    /**
     * The {@code CACHE} of the column's sequence; 1 when it has none (ids set otherwise).
     *
     * @param quotedTable the table name as SQL would write it (quoted where needed)
     * @param column the column name, as stored (unquoted)
     */
    public long cacheSize(Connection connection, String quotedTable, String column) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, quotedTable);
            statement.setString(2, column);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 1;
            }
        }
    }
}
