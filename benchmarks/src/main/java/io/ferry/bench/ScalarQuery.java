package io.ferry.bench;

import io.ferry.testing.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A query answering one number, asked again and again over one open connection (a login per
 * poll would cost the database more than the query while it is being measured).
 */
final class ScalarQuery implements AutoCloseable {
    private static final String UNDEFINED_TABLE = "42P01";

    private final Connection connection;
    private final String sql;

    ScalarQuery(Database database, String sql) {
        this.sql = sql;
        try {
            this.connection = database.connect();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + database, e);
        }
    }

    /** The query's single value; 0 for NULL, and while its table does not exist yet (a sink creates it). */
    long value() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return 0;
            }
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to read from it
        }
    }
}
