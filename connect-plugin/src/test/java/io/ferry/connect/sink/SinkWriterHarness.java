package io.ferry.connect.sink;

import io.ferry.connect.config.ConnectionSettings;
import io.ferry.connect.config.InsertMode;
import io.ferry.connect.config.SinkConfigChecks;
import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.jdbc.ValueBinder;
import io.ferry.connect.postgres.DriverUrls;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.testing.Database;
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
 * records turned into rows, planned into runs and written in one transaction, with the array
 * statements or with JDBC batches of single-row statements alone, to compare the two.
 */
final class SinkWriterHarness implements AutoCloseable {
    private final ConnectionSource connections;
    private final RowExtractor extractor;
    private final TableCatalog catalog;
    private final RunPlanner planner;
    private final SinkWriter writer;

    SinkWriterHarness(Database db, boolean writeArrays, String... keyValues) {
        Map<String, String> props = new HashMap<>(db.connectionConfig());
        props.put("topics", "t");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        SinkSettings settings = SinkConfigChecks.parseValid(props);
        ConnectionSettings connection = settings.connection();
        connections = new ConnectionSource(new ConnectionSettings(DriverUrls.withBatchedInserts(connection.url()),
            connection.user(), connection.password(), connection.attempts(), connection.backoffMs(),
            connection.quoting()), "ferry-sink-harness", 2);
        extractor = new RowExtractor(settings);
        catalog = new TableCatalog(connections, connection.quoting());
        planner = new RunPlanner(settings.insertMode() != InsertMode.INSERT);
        writer = new SinkWriter(connections, new StatementFactory(settings.insertMode(),
            new Identifiers(connection.quoting())), catalog, new ValueBinder(settings.dbTimeZone()),
            settings.batchSize(), ErrantRecords.of(FakeSinkTaskContext.plain()), writeArrays);
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

    @Override
    public void close() {
        connections.close();
    }
}
