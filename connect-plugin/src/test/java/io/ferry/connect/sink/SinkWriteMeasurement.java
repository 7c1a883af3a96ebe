package io.ferry.connect.sink;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.IrisRecords;
import io.ferry.testing.IrisTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Not a test: measures the sink's write path per row (one array statement per batch where the
 * values allow), writing iris rows into an empty table of an embedded PostgreSQL a few times (the
 * table emptied in between). Records are turned into rows beforehand: only the writing is timed.
 * Besides wall-clock time it reports the CPU time spent by this thread and by the database's
 * server processes (from /proc, at 100 ticks a second), which a machine busy with other work
 * disturbs less. Run it with
 * <pre>
 * mvn -B -q -pl connect-plugin -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp connect-plugin/target/test-classes:connect-plugin/target/classes:$(cat connect-plugin/target/cp.txt) \
 *     io.ferry.connect.sink.SinkWriteMeasurement [rows] [batch.size] [insert.mode] [repetitions]
 * </pre>
 */
public final class SinkWriteMeasurement {
    private static final double MICROS_PER_TICK = 10_000;

    private final Database db;
    private final int batchSize;

    private SinkWriteMeasurement(Database db, int batchSize) {
        this.db = db;
        this.batchSize = batchSize;
    }

    public static void main(String[] args) throws SQLException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        String mode = args.length > 2 ? args[2] : "upsert";
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Database db = PostgresServer.server().createDatabase("measure");
        IrisTable.createIn(db);
        String[] config = {"table.name.format", "iris_data", "insert.mode", mode, "pk.mode", "record_value",
            "pk.fields", "id", "batch.size", Integer.toString(batchSize)};
        SinkWriteMeasurement measurement = new SinkWriteMeasurement(db, batchSize);
        try (SinkWriterHarness writer = new SinkWriterHarness(db, config)) {
            List<SinkRow> written = writer.rows(records(rows));
            System.out.printf(Locale.ROOT, "%d iris rows, batch.size %d, insert.mode %s: µs per row "
                + "(wall / client CPU / server CPU)%n", rows, batchSize, mode);
            for (int round = 0; round <= repetitions; round++) {
                System.out.printf(Locale.ROOT, "%-8s  %s%n", round == 0 ? "warm-up" : "round " + round,
                    measurement.perRow(writer, written));
            }
        }
    }

    private static List<SinkRecord> records(int count) {
        List<SinkRecord> records = new ArrayList<>(count);
        long start = 1_700_000_000_000L;
        for (int id = 1; id <= count; id++) {
            records.add(IrisRecords.record(IrisRecords.row(id, start + id * 1000L, 5.1 + id % 30 / 10.0, id % 3), id));
        }
        return records;
    }

    /** Writes every row in transactions of batch.size rows, as puts of that many records would. */
    private String perRow(SinkWriterHarness writer, List<SinkRow> rows) throws SQLException {
        db.execute("TRUNCATE iris_data", "VACUUM ANALYZE iris_data");
        Map<Object, Long> serverTicks = serverTicks();
        long clientNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long started = System.nanoTime();
        for (int from = 0; from < rows.size(); from += batchSize) {
            writer.write(rows.subList(from, Math.min(rows.size(), from + batchSize)));
        }
        double wall = (System.nanoTime() - started) / 1000.0 / rows.size();
        double client = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - clientNanos) / 1000.0
            / rows.size();
        double server = ticksSince(serverTicks) * MICROS_PER_TICK / rows.size();
        if (db.count("iris_data") != rows.size()) {
            throw new IllegalStateException("Not every row was written");
        }
        return String.format(Locale.ROOT, "%6.2f / %5.2f / %5.2f", wall, client, server);
    }

    /** The CPU ticks the server processes that were there before and still are have used since. */
    private long ticksSince(Map<Object, Long> before) {
        long ticks = 0;
        for (Map.Entry<Object, Long> now : serverTicks().entrySet()) {
            ticks += now.getValue() - before.getOrDefault(now.getKey(), now.getValue());
        }
        return ticks;
    }

    /** User and system CPU ticks of every server process connected to the database, by process id. */
    private Map<Object, Long> serverTicks() {
        Map<Object, Long> ticks = new HashMap<>();
        for (List<Object> row : db.rows("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            try {
                String stat = new String(Files.readAllBytes(Paths.get("/proc/" + row.get(0) + "/stat")));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(row.get(0), Long.parseLong(fields[11]) + Long.parseLong(fields[12])); // utime, stime
            } catch (IOException e) {
                // not Linux, or the process is gone: it does not count
            }
        }
        return ticks;
    }
}
