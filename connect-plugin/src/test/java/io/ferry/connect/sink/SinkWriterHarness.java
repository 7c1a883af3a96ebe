package io.ferry.connect.sink;

import io.ferry.connect.config.InsertMode;
import io.ferry.connect.config.SinkConfigChecks;
import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.postgres.DriverUrls;
import io.ferry.connect.postgres.FailureText;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.sql.DmlStatement;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.testing.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The sink's write path without the task around it, as {@link PostgresSinkTask} assembles it:
 * records turned into rows, planned into runs and written in one transaction. Rows can also be
 * written one statement each, with the statements and binding the sink uses for what cannot go
 * as arrays, to compare the two.
 */
final class SinkWriterHarness implements AutoCloseable {
    private final ConnectionSource connections;
    private final RowExtractor extractor;
    private final TableCatalog catalog;
    private final RunPlanner planner;
    private final StatementFactory statements;
    private final RowBinder binder;
    private final SinkWriter writer;

    SinkWriterHarness(Database db, String... keyValues) {
        Map<String, String> props = new HashMap<>(db.connectionConfig());
        props.put("topics", "t");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        SinkSettings settings = SinkConfigChecks.parseValid(props);
        String url = settings.connection().url();
        connections = new ConnectionSource(settings.connection().withUrl(DriverUrls.withBatchedInserts(url)),
            "ferry-sink-harness", 2);
        extractor = new RowExtractor(settings);
        PostgresTypes types = PostgresTypes.forWriting(settings.wallClock());
        catalog = TableCatalog.of(connections, settings, types, FailureText.FULL);
        planner = new RunPlanner(settings.insertMode() != InsertMode.INSERT);
        statements = new StatementFactory(settings.insertMode(), new Identifiers(settings.identifierQuoting()));
        binder = new RowBinder(catalog, types);
        writer = new SinkWriter(connections, statements, catalog, types, settings.batchSize(),
            ErrantRecords.of(FakeSinkTaskContext.plain()), FailureText.FULL);
    }

    /** The records as rows, checked against their tables (reads each table's columns once). */
    List<SinkRow> rows(Collection<SinkRecord> records) throws SQLException {
        List<SinkRow> rows = new ArrayList<>(records.size());
        for (SinkRecord record : records) {
            SinkRow row = extractor.toRow(record);
            catalog.check(row);
            rows.add(row);
        }
        return rows;
    }

    /** Writes the rows in one transaction, as one put of the task does. */
    void write(List<SinkRow> rows) throws SQLException {
        Map<TableId, List<SinkRow>> byTable = new LinkedHashMap<>();
        rows.forEach(row -> byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row));
        Map<TableId, List<WriteRun>> work = new LinkedHashMap<>();
        byTable.forEach((table, tableRows) -> work.put(table, planner.plan(tableRows)));
        writer.write(work, connection -> { });
    }

    /** Writes the rows in one transaction, one row-at-a-time statement each. */
    void writeRowByRow(List<SinkRow> rows) throws SQLException {
        try (Connection connection = connections.connection()) {
            connection.setAutoCommit(false);
            for (SinkRow row : rows) {
                DmlStatement statement = statements.statement(row.table(), row.shape());
                try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                    binder.bind(prepared, statement, row);
                    prepared.executeUpdate();
                }
            }
            connection.commit();
        }
    }

    @Override
    public void close() {
        connections.close();
    }
}
