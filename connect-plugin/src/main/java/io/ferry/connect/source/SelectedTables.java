package io.ferry.connect.source;

import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.jdbc.DatabaseLogin;
import io.ferry.connect.jdbc.SourceTables;
import io.ferry.connect.source.query.RowSource;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The tables a source config reads now, in the database it connects to: what the table monitor
 * would find. A partition names one of them when the task would look its offset up under it.
 */
final class SelectedTables {
    /** How many a message names: enough to spot a typo, not a wall of names. */
    private static final int SHOWN = 10;

    private final String database;
    private final List<TableId> tables;

    SelectedTables(String database, List<TableId> tables) {
        this.database = database;
        this.tables = Collections.unmodifiableList(tables);
    }

    /** Lists them over one short-lived connection. */
    static SelectedTables read(SourceSettings settings) {
        try (Connection connection = DatabaseLogin.open(settings.connection())) {
            List<TableId> found = SourceTables.list(connection, settings.catalogPattern(), settings.schemaPattern(),
                settings.tableTypes());
            return new SelectedTables(connection.getCatalog(), TableFilter.of(settings).select(found));
        } catch (DatabaseLogin.Failure | SQLException e) {
            throw new ConnectException("Cannot list the tables the connector reads, to check the offsets: "
                + e.getMessage(), e);
        }
    }

    /** Whether the task reads the offset of one of these tables from {@code partition}. */
    boolean includePartition(Map<String, ?> partition) {
        return tables.stream().anyMatch(t -> RowSource.table(t).possiblePartitions(database).contains(partition));
    }

    @Override
    public String toString() {
        String names = tables.size() <= SHOWN ? tables.toString()
            : tables.subList(0, SHOWN) + " and " + (tables.size() - SHOWN) + " more";
        return names + " in database " + database;
    }
}
