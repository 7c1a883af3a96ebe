package io.ferry.connect.postgres;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a table's columns, in table order, from PostgreSQL's catalog (PostgreSQL 10 or later:
 * identity columns). The catalog rather than JDBC metadata: it tells a plain numeric from a
 * numeric(p,s) and an identity column from a serial one without guessing.
 */
public final class CatalogColumns {
    static final String QUERY = "SELECT a.attname,"
        + " CASE WHEN t.typtype = 'd' THEN bt.typname ELSE t.typname END AS type_name,"
        + " CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS type_modifier,"
        + " CASE WHEN t.typtype = 'd' THEN bt.typtype ELSE t.typtype END AS type_kind,"
        + " a.attnotnull OR (t.typtype = 'd' AND t.typnotnull) AS not_null,"
        + " a.attidentity <> '' OR coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false)"
        + " AS auto_increment"
        + " FROM pg_catalog.pg_attribute a"
        + " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
        + " LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype"
        + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        + " WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped"
        + " ORDER BY a.attnum";

    private CatalogColumns() {
    }

    /** The columns of a schema-qualified table; empty when the table does not exist. */
    public static List<CatalogColumn> of(Connection connection, TableId table) throws SQLException {
        if (table.schema() == null) {
            throw new IllegalArgumentException("Table " + table + " must be schema-qualified");
        }
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, table.schema());
            statement.setString(2, table.table());
            try (ResultSet rs = statement.executeQuery()) {
                List<CatalogColumn> columns = new ArrayList<>();
                while (rs.next()) {
                    String kind = rs.getString("type_kind");
                    columns.add(new CatalogColumn(rs.getString("attname"), rs.getString("type_name"),
                        rs.getInt("type_modifier"), kind == null || kind.isEmpty() ? 'b' : kind.charAt(0),
                        rs.getBoolean("not_null"), rs.getBoolean("auto_increment")));
                }
                return Collections.unmodifiableList(columns);
            }
        }
    }
}
