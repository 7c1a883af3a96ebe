package io.ferry.connect.postgres;

import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a catalog query about one table, bound with its schema and name, and maps each row it returns. */
final class CatalogRows {
    /** One row of the result as a value. */
    @FunctionalInterface
    interface Row<T> {
        T of(ResultSet rs) throws SQLException;
    }

    private CatalogRows() {
    }

    /** @param query a query with two parameters: the schema's name, then the table's */
    static <T> List<T> of(Connection connection, String query, TableId table, Row<T> row) throws SQLException {
        if (table.schema() == null) {
            throw new IllegalArgumentException("Table " + table + " must be schema-qualified");
        }
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, table.schema());
            statement.setString(2, table.table());
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.of(rs));
                }
                return Collections.unmodifiableList(rows);
            }
        }
    }
}
