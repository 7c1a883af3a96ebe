package io.ferry.stack;

import io.ferry.testing.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Looks at one database's {@code iris_data} once a second over a connection it keeps open
 * (and opens again after an error): how many rows, and the newest row's {@code timestamp}.
 */
final class IrisTableProbe implements AutoCloseable {
    /** The row with the highest id is the one inserted last: one generator, a serial id. */
    private static final String NEWEST = "SELECT timestamp FROM iris_data ORDER BY id DESC LIMIT 1";

    private final Database database;
    private Connection connection;

    IrisTableProbe(Database database) {
        this.database = database;
    }

    long rows() throws SQLException {
        try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM iris_data")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    /** The {@code timestamp} of the last inserted row, as the generator wrote it (local wall clock). */
    Optional<LocalDateTime> newestTimestamp() throws SQLException {
        try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery(NEWEST)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Timestamp ts = rs.getTimestamp(1);
            return Optional.ofNullable(ts).map(Timestamp::toLocalDateTime);
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection is being thrown away
            }
            connection = null;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = database.connect();
        }
        return connection;
    }
}
