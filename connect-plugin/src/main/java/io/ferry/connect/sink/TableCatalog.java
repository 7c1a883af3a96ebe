package io.ferry.connect.sink;

import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.jdbc.RelationKind;
import io.ferry.connect.jdbc.TableDescription;
import io.ferry.connect.postgres.TableDescriptionReader;
import io.ferry.connect.sql.IdentifierQuoting;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The destination tables' columns, read from the database once per table and kept for the
 * task's life. Checks that each table is of a kind {@code table.types} allows and that every
 * column a row writes exists, since the sink neither creates tables nor adds columns. The task's
 * thread checks rows; the writer's thread looks columns up.
 */
final class TableCatalog {
    private final ConnectionSource connections;
    private final TableDescriptionReader reader;
    private final Identifiers identifiers;
    private final Set<RelationKind> writableKinds;
    private final Map<TableId, TableDescription> tables = new ConcurrentHashMap<>();
    /** Row shapes known to fit each table: records of one schema are checked once, not one by one. */
    private final Map<TableId, Set<RowShape>> fittingShapes = new HashMap<>();

    /** @param writableKinds the kinds of relation {@code table.types} lets the sink write into */
    TableCatalog(ConnectionSource connections, IdentifierQuoting quoting, Set<RelationKind> writableKinds) {
        this.connections = connections;
        this.writableKinds = writableKinds;
        this.identifiers = new Identifiers(quoting);
        this.reader = new TableDescriptionReader(identifiers);
    }

    /**
     * Fails, naming the table and the record's field, when the row's table or a column is missing.
     * A missing column is the record's shape at fault ({@link BadRecordException}, which may go to
     * the dead letter queue); a missing table is the environment's, and stops the task.
     */
    void check(SinkRow row) throws SQLException {
        if (fittingShapes.getOrDefault(row.table(), Collections.emptySet()).contains(row.shape())) {
            return;
        }
        TableDescription table = describe(row.table(), false);
        String missing = missingColumn(table, row);
        if (missing != null) {
            // The table may have been altered since it was read: read it once more before failing.
            table = describe(row.table(), true);
            missing = missingColumn(table, row);
        }
        if (missing != null) {
            throw new BadRecordException(row.record(), "it has field '" + missing + "', but table "
                + identifiers.quote(row.table()) + " has no such column (its columns: " + table.columns().keySet()
                + "). auto.evolve is off: add the column, or leave the field out with fields.whitelist");
        }
        fittingShapes.computeIfAbsent(row.table(), t -> new HashSet<>()).add(row.shape());
    }

    /** The column a row's column name writes to; {@link #check} has made sure there is one. */
    ColumnDescription column(TableId table, String name) {
        return find(tables.get(table), name);
    }

    private String missingColumn(TableDescription table, SinkRow row) {
        for (String column : row.shape().keyColumns()) {
            if (find(table, column) == null) {
                return column;
            }
        }
        for (String column : row.shape().otherColumns()) {
            if (find(table, column) == null) {
                return column;
            }
        }
        return null;
    }

    /** The column of that name, or of the name PostgreSQL stores it under when it goes unquoted. */
    private ColumnDescription find(TableDescription table, String name) {
        ColumnDescription column = table.column(name);
        return column != null ? column : table.column(identifiers.storedName(name));
    }

    private TableDescription describe(TableId table, boolean refresh) throws SQLException {
        TableDescription known = tables.get(table);
        if (known != null && !refresh) {
            return known;
        }
        Optional<TableDescription> read;
        try (Connection connection = connections.connection()) {
            read = reader.read(connection, table);
        }
        if (!read.isPresent()) {
            throw new ConnectException("Table " + identifiers.quote(table) + " does not exist (or is not visible "
                + "to the connection user). auto.create is off: create the table first");
        }
        RelationKind kind = read.get().kind();
        if (!writableKinds.contains(kind)) {
            throw new ConnectException(identifiers.quote(table) + " is a " + kind + ", and table.types lets the sink "
                + "write into " + writableKinds + " only: add " + kind + " to table.types, or point table.name.format "
                + "at a table of those kinds");
        }
        tables.put(table, read.get());
        fittingShapes.remove(table); // checked against the table as it was
        return read.get();
    }
}
