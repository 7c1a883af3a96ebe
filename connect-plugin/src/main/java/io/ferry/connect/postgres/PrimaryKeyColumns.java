package io.ferry.connect.postgres;

import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads the columns of a table's primary key from PostgreSQL's catalog, in the key's order. */
public final class PrimaryKeyColumns {
    static final String QUERY = "SELECT a.attname"
        + " FROM pg_catalog.pg_index i"
        + " JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        + " CROSS JOIN LATERAL pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, position)"
        + " JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
        + " WHERE i.indisprimary AND n.nspname = ? AND c.relname = ?"
        + " ORDER BY k.position";

    private PrimaryKeyColumns() {
    }

    /** The primary key's columns in key order; empty when the table has none (or is a view). */
    public static List<String> of(Connection connection, TableId table) throws SQLException {
        return CatalogRows.of(connection, QUERY, table, rs -> rs.getString(1));
    }
}
