package io.ferry.connect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The database server's clock: what {@code now()} stamps rows with, read as an exact instant. */
public final class DatabaseClock {
    static final String SQL = "SELECT pg_catalog.clock_timestamp()";

    /** The time now on the server (not the start of the connection's transaction). */
    public Instant now(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class).toInstant();
        }
    }
}
