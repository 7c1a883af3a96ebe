package io.ferry.connect.jdbc;

import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Lists the tables a source connector could read, in a stable order. */
public final class SourceTables {
    private SourceTables() {
    }

    /**
     * Tables of the given kinds (TABLE, VIEW, ...) in schemas matching {@code schemaPattern}
     * (SQL LIKE; {@code null} = every schema; PostgreSQL's own schemas hold only system kinds), of
     * catalog {@code catalog}: {@code null} or the connected database, as the driver compares it;
     * any other name lists nothing.
     */
    public static List<TableId> list(Connection connection, String catalog, String schemaPattern, List<String> types)
        throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<TableId> tables = new ArrayList<>();
        try (ResultSet rs = metadata.getTables(catalog, schemaPattern, "%", types.toArray(new String[0]))) {
            while (rs.next()) {
                tables.add(new TableId(rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")));
            }
        }
        tables.sort(Comparator.comparing(TableId::toString));
        return tables;
    }
}
