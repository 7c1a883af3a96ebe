package io.ferry.connect.sink;

import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.jdbc.RelationKind;
import io.ferry.connect.jdbc.TableDescription;
import io.ferry.connect.postgres.FailureText;
import io.ferry.connect.postgres.TableDescriptionReader;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The destination tables' columns, read from the database once per table and kept for the
 * task's life. Checks that each table is of a kind {@code table.types} allows and that every
 * column a row writes exists; with auto.create and auto.evolve it first creates a missing table
 * and adds missing columns ({@link TableChanges}).
 *
 * <p>The task's thread checks rows against each table as last read. The writer's thread looks
 * columns up, for rows checked earlier, in a view that only ever gains columns: a row handed to
 * the writer before its table was read again (after another task dropped or added columns) still
 * finds each of its columns there; one dropped meanwhile fails at the server, naming it.
 */
final class TableCatalog {
    private final ConnectionSource connections;
    private final TableDescriptionReader reader;
    private final Identifiers identifiers;
    private final Set<RelationKind> writableKinds;
    private final TableChanges changes;
    /** Each table as last read: what rows are checked against. The task's thread alone uses it. */
    private final Map<TableId, TableDescription> tables = new HashMap<>();
    /** Every column each table has had since it was first read: what the writer's thread binds into. */
    private final Map<TableId, TableDescription> bound = new ConcurrentHashMap<>();
    /** Row shapes known to fit each table: records of one schema are checked once, not one by one. */
    private final Map<TableId, Set<RowShape>> fittingShapes = new HashMap<>();

    /** @param writableKinds the kinds of relation {@code table.types} lets the sink write into */
    TableCatalog(ConnectionSource connections, Identifiers identifiers, Set<RelationKind> writableKinds,
                 TableChanges changes) {
        this.connections = connections;
        this.identifiers = identifiers;
        this.writableKinds = writableKinds;
        this.reader = new TableDescriptionReader(identifiers);
        this.changes = changes;
    }

    /** The catalog of a task with these settings: auto.create and auto.evolve declare columns of these types. */
    static TableCatalog of(ConnectionSource connections, SinkSettings settings, PostgresTypes types,
                           FailureText failureText) {
        Identifiers identifiers = new Identifiers(settings.identifierQuoting());
        return new TableCatalog(connections, identifiers, settings.writeOptions().tableTypes(),
            new TableChanges(connections, identifiers, new DeclaredColumns(types), settings.autoCreate(),
                settings.autoEvolve(), failureText));
    }

    /**
     * Makes sure the row's table has a column for each of its fields, or fails naming the table
     * and the record's field. A missing column is the record's shape at fault ({@link
     * BadRecordException}, which may go to the dead letter queue); a missing table is the
     * environment's, and stops the task.
     */
    void check(SinkRow row) throws SQLException {
        if (fittingShapes.getOrDefault(row.table(), Collections.emptySet()).contains(row.shape())) {
            return;
        }
        TableDescription table = describe(row, false);
        List<String> missing = missingColumns(table, row);
        if (!missing.isEmpty()) {
            // The table may have been altered since it was read: read it once more first.
            table = describe(row, true);
            missing = missingColumns(table, row);
        }
        if (!missing.isEmpty() && changes.addsColumns()) {
            remember(changes.addColumns(row, missing, t -> missingColumns(t, row).isEmpty()));
            table = tables.get(row.table());
            missing = missingColumns(table, row);
        }
        if (!missing.isEmpty()) {
            String advice = changes.addsColumns() ? "auto.evolve added it, yet it cannot be found"
                : "auto.evolve is off: add the column, or leave the field out with fields.whitelist";
            throw new BadRecordException(row.record(), "it has field '" + missing.get(0) + "', but table "
                + identifiers.quote(row.table()) + " has no such column (its columns: " + table.columns().keySet()
                + "). " + advice);
        }
        fittingShapes.computeIfAbsent(row.table(), t -> new HashSet<>()).add(row.shape());
    }

    /** The column a row's column name writes to; {@link #check} has made sure there is one. */
    ColumnDescription column(TableId table, String name) {
        return bound.get(table).column(name, identifiers);
    }

    private List<String> missingColumns(TableDescription table, SinkRow row) {
        List<String> missing = new ArrayList<>();
        for (String column : row.shape().keyColumns()) {
            if (table.column(column, identifiers) == null) {
                missing.add(column);
            }
        }
        for (String column : row.shape().otherColumns()) {
            if (table.column(column, identifiers) == null) {
                missing.add(column);
            }
        }
        return missing;
    }

    private TableDescription describe(SinkRow row, boolean refresh) throws SQLException {
        TableDescription known = tables.get(row.table());
        if (known != null && !refresh) {
            return known;
        }
        Optional<TableDescription> read;
        try (Connection connection = connections.connection()) {
            read = reader.read(connection, row.table());
        }
        if (!read.isPresent() && changes.createsTables()) {
            if (!writableKinds.contains(RelationKind.TABLE)) {
                throw new ConnectException("Table " + identifiers.quote(row.table()) + " does not exist, and "
                    + "auto.create would create a TABLE, which table.types (" + writableKinds + ") does not allow: add "
                    + "TABLE to table.types, or create the relation first");
            }
            read = Optional.of(changes.create(row));
        }
        if (!read.isPresent()) {
            throw new ConnectException("Table " + identifiers.quote(row.table()) + " does not exist (or is not "
                + "visible to the connection user). auto.create is off: create the table first");
        }
        remember(read.get());
        return tables.get(row.table());
    }

    /** Keeps the table as read; the writer's view also keeps the columns it no longer lists. */
    private void remember(TableDescription read) {
        RelationKind kind = read.kind();
        if (!writableKinds.contains(kind)) {
            throw new ConnectException(identifiers.quote(read.table()) + " is a " + kind + ", and table.types lets "
                + "the sink write into " + writableKinds + " only: add " + kind + " to table.types, or point "
                + "table.name.format at a table of those kinds");
        }
        TableDescription known = bound.get(read.table());
        Map<String, ColumnDescription> columns = new LinkedHashMap<>(read.columns());
        if (known != null) {
            known.columns().forEach(columns::putIfAbsent);
        }
        bound.put(read.table(), new TableDescription(read.table(), kind, columns));
        tables.put(read.table(), read);
        fittingShapes.remove(read.table()); // checked against the table as it was
    }
}
