package io.ferry.connect.postgres;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.SelectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Describes the columns of a custom query's rows, as {@link CatalogColumns} describes a table's:
 * PostgreSQL prepares the query (wrapped as the source reads it) without running it and tells each
 * column's name, type (a domain as its base type), numeric precision and scale, and whether it is
 * a NOT NULL column of a table; the catalog adds the kind of each type (base, enum, ...).
 */
public final class QueryColumns {
    static final String TYPE_KIND = "SELECT t.typtype FROM pg_catalog.pg_type t WHERE t.oid = pg_catalog.to_regtype(?)";

    /** PostgreSQL's SQLState of an ambiguous column reference. */
    static final String AMBIGUOUS_COLUMN = "42702";

    private QueryColumns() {
    }

    /** @throws SQLException when PostgreSQL cannot prepare the query: its message says why */
    public static List<CatalogColumn> of(Connection connection, String query) throws SQLException {
        String describe = new SelectBuilder(Identifiers.alwaysQuoting()).allOverQuery(query);
        List<CatalogColumn> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(describe);
             PreparedStatement kinds = connection.prepareStatement(TYPE_KIND)) {
            ResultSetMetaData metadata = statement.getMetaData();
            for (int i = 1; i <= metadata.getColumnCount(); i++) {
                String type = typeName(metadata, i);
                String name = metadata.getColumnLabel(i);
                if (columns.stream().anyMatch(c -> c.name().equals(name))) {
                    throw new SQLException("The query's rows have two columns named " + name + ", and a record's fields "
                        + "need names of their own: name them apart (AS)", AMBIGUOUS_COLUMN);
                }
                columns.add(new CatalogColumn(name, type, typeModifier(metadata, i),
                    kind(kinds, type), metadata.isNullable(i) == ResultSetMetaData.columnNoNulls, false));
            }
        }
        return Collections.unmodifiableList(columns);
    }

    /** The type's name; the driver calls an integer column with a sequence default "serial", which is no type. */
    private static String typeName(ResultSetMetaData metadata, int column) throws SQLException {
        String name = metadata.getColumnTypeName(column);
        switch (name) {
            case "smallserial":
                return "int2";
            case "serial":
                return "int4";
            case "bigserial":
                return "int8";
            default:
                return name;
        }
    }

    /** {@code atttypmod} where a family needs it: numeric(p,s); -1 (none) for a plain numeric and other types. */
    private static int typeModifier(ResultSetMetaData metadata, int column) throws SQLException {
        int precision = metadata.getPrecision(column);
        if (!"numeric".equals(metadata.getColumnTypeName(column)) || precision == 0) {
            return -1;
        }
        return ((precision << 16) | (metadata.getScale(column) & 0x7ff)) + 4;
    }

    private static char kind(PreparedStatement kinds, String type) throws SQLException {
        kinds.setString(1, type);
        try (ResultSet rs = kinds.executeQuery()) {
            String kind = rs.next() ? rs.getString(1) : null;
            return kind == null || kind.isEmpty() ? 'b' : kind.charAt(0);
        }
    }
}
