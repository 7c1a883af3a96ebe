package io.ferry.connect.postgres;

import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.jdbc.TableDescription;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a table's kind and columns from PostgreSQL's catalog. The table is resolved exactly as the write
 * statements will name it (same quoting, same search_path), so what is read is what is written.
 */
public final class TableDescriptionReader {
    static final String COLUMNS = "SELECT a.attname, CASE WHEN t.typtype = 'd' THEN b.typname "
        + "ELSE t.typname END, n.nspname, (CASE WHEN t.typtype = 'd' THEN b.typtype ELSE t.typtype END) = 'e', "
        + "CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END "
        + "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        + "LEFT JOIN pg_type b ON b.oid = t.typbasetype "
        + "JOIN pg_namespace n ON n.oid = CASE WHEN t.typtype = 'd' THEN b.typnamespace ELSE t.typnamespace END "
        + "WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";

    private final Identifiers identifiers;

    public TableDescriptionReader(Identifiers identifiers) {
        this.identifiers = identifiers;
    }

    /** The table's description, or empty when no such table exists (or is visible to the user). */
    public Optional<TableDescription> read(Connection connection, TableId table) throws SQLException {
        Optional<Long> oid = RelationLookup.oid(connection, identifiers.quote(table));
        if (!oid.isPresent()) {
            return Optional.empty();
        }
        Map<String, ColumnDescription> columns = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(COLUMNS)) {
            s.setLong(1, oid.get());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), new ColumnDescription(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getInt(5)));
                }
            }
        }
        return Optional.of(new TableDescription(table, RelationLookup.kind(connection, oid.get()), columns));
    }
}
