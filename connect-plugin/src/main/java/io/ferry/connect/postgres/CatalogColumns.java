package io.ferry.connect.postgres;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a table's columns, in table order, from PostgreSQL's catalog (PostgreSQL 10 or later:
 * identity columns). The catalog rather than JDBC metadata: it tells a plain numeric from a
 * numeric(p,s) and an identity column from a serial one without guessing, and an array's element
 * type (domains resolved) and declared dimensions.
 */
public final class CatalogColumns {
    static final String QUERY = "SELECT a.attname,"
        + " CASE WHEN t.typtype = 'd' THEN bt.typname ELSE t.typname END AS type_name,"
        + " CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS type_modifier,"
        + " CASE WHEN t.typtype = 'd' THEN bt.typtype ELSE t.typtype END AS type_kind,"
        + " a.attnotnull OR (t.typtype = 'd' AND t.typnotnull) AS not_null,"
        + " a.attidentity <> '' OR coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false)"
        + " AS auto_increment,"
        + " CASE WHEN t.typtype = 'd' THEN t.typndims ELSE a.attndims END AS dimensions,"
        + " CASE WHEN et.typtype = 'd' THEN ebt.typname ELSE et.typname END AS element_type_name,"
        + " CASE WHEN et.typtype = 'd' THEN et.typtypmod"
        + " WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS element_type_modifier,"
        + " CASE WHEN et.typtype = 'd' THEN ebt.typtype ELSE et.typtype END AS element_type_kind"
        + " FROM pg_catalog.pg_attribute a"
        + " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
        + " LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype"
        // an array's element: what a (domain's base) type of variable length with an element type holds
        + " LEFT JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typtype = 'd' THEN bt.typelem ELSE t.typelem END"
        + " AND (CASE WHEN t.typtype = 'd' THEN bt.typlen ELSE t.typlen END) = -1"
        + " LEFT JOIN pg_catalog.pg_type ebt ON ebt.oid = et.typbasetype"
        + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        + " WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped"
        + " ORDER BY a.attnum";

    private CatalogColumns() {
    }

    /** The columns of a schema-qualified table; empty when the table does not exist. */
    public static List<CatalogColumn> of(Connection connection, TableId table) throws SQLException {
        return CatalogRows.of(connection, QUERY, table, CatalogColumns::column);
    }

    private static CatalogColumn column(ResultSet rs) throws SQLException {
        CatalogColumn column = new CatalogColumn(rs.getString("attname"), rs.getString("type_name"),
            rs.getInt("type_modifier"), kind(rs.getString("type_kind")), rs.getBoolean("not_null"),
            rs.getBoolean("auto_increment"));
        String element = rs.getString("element_type_name");
        return element == null ? column : column.arrayOf(element, rs.getInt("element_type_modifier"),
            kind(rs.getString("element_type_kind")), rs.getInt("dimensions"));
    }

    private static char kind(String typtype) {
        return typtype == null || typtype.isEmpty() ? 'b' : typtype.charAt(0);
    }
}
