package io.ferry.connect.postgres;

import io.ferry.connect.jdbc.RelationKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Finds a table by the name a statement gives it: quoted exactly as the statement quotes it, an
 * unqualified name looked up on the search_path. So what is found is what the statement will use.
 */
public final class RelationLookup {
    /** Binds the name as SQL writes it (e.g. {@code "public"."Iris"}); NULL when nothing of that name is visible. */
    static final String OID = "SELECT to_regclass(?)::oid";
    static final String CURRENT_SCHEMA = "SELECT pg_catalog.current_schema()";
    static final String KIND = "SELECT relkind FROM pg_catalog.pg_class WHERE oid = ?";

    private RelationLookup() {
    }

    /** The table's oid; empty when no such table exists (or is visible to the user). */
    public static Optional<Long> oid(Connection connection, String sqlName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OID)) {
            statement.setString(1, sqlName);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long oid = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(oid);
            }
        }
    }

    /** What kind of relation the oid (from {@link #oid}) is: table, view, partitioned table, ... */
    public static RelationKind kind(Connection connection, long oid) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(KIND)) {
            statement.setLong(1, oid);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No relation with oid " + oid + " (dropped meanwhile?)");
                }
                return RelationKind.ofRelkind(rs.getString(1));
            }
        }
    }

    /** The schema an unqualified name is created in: the first schema of the search_path that exists. */
    public static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(CURRENT_SCHEMA)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
