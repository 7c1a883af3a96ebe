package io.ferry.connect.sink;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.connect.testing.ScratchDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: measures the sink's write path, microseconds per row, writing iris rows into an
 * empty table of an embedded PostgreSQL with JDBC batches of single-row statements and with one
 * array statement per batch, alternating, each a few times (the table emptied in between).
 * Records are turned into rows beforehand: only the writing is timed. Run it with
 * <pre>
 * mvn -B -q -pl connect-plugin test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp connect-plugin/target/test-classes:connect-plugin/target/classes:$(cat connect-plugin/target/cp.txt) \
 *     io.ferry.connect.sink.SinkWriteMeasurement [rows] [batch.size] [insert.mode] [repetitions]
 * </pre>
 */
public final class SinkWriteMeasurement {
    private SinkWriteMeasurement() {
    }

    public static void main(String[] args) throws SQLException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        String mode = args.length > 2 ? args[2] : "upsert";
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        ScratchDatabase db = PostgresServer.server().createDatabase("measure");
        db.createIrisTable();
        String[] config = {"table.name.format", "iris_data", "insert.mode", mode, "pk.mode", "record_value",
            "pk.fields", "id", "batch.size", Integer.toString(batchSize)};
        try (SinkWriterHarness batched = new SinkWriterHarness(db, false, config);
             SinkWriterHarness arrays = new SinkWriterHarness(db, true, config)) {
            List<org.apache.kafka.connect.sink.SinkRecord> records = records(rows);
            List<SinkRow> batchedRows = batched.rows(records);
            List<SinkRow> arrayRows = arrays.rows(records);
            System.out.printf(Locale.ROOT, "%d iris rows, batch.size %d, insert.mode %s: µs per row%n",
                rows, batchSize, mode);
            for (int round = 0; round <= repetitions; round++) {
                String label = round == 0 ? "warm-up" : "round " + round;
                System.out.printf(Locale.ROOT, "%-8s  batched %6.2f   arrays %6.2f%n", label,
                    microsPerRow(db, batched, batchedRows, batchSize), microsPerRow(db, arrays, arrayRows, batchSize));
            }
        }
    }

    private static List<org.apache.kafka.connect.sink.SinkRecord> records(int count) {
        List<org.apache.kafka.connect.sink.SinkRecord> records = new ArrayList<>(count);
        long start = 1_700_000_000_000L;
        for (int id = 1; id <= count; id++) {
            records.add(IrisRecords.record(IrisRecords.row(id, start + id * 1000L, 5.1 + id % 30 / 10.0, id % 3), id));
        }
        return records;
    }

    /** Writes every row in transactions of batch.size rows, as puts of that many records would. */
    private static double microsPerRow(ScratchDatabase db, SinkWriterHarness writer, List<SinkRow> rows,
                                       int batchSize) throws SQLException {
        db.execute("TRUNCATE iris_data", "VACUUM ANALYZE iris_data");
        long started = System.nanoTime();
        for (int from = 0; from < rows.size(); from += batchSize) {
            writer.write(rows.subList(from, Math.min(rows.size(), from + batchSize)));
        }
        long nanos = System.nanoTime() - started;
        if (db.count("iris_data") != rows.size()) {
            throw new IllegalStateException("Not every row was written");
        }
        return nanos / 1000.0 / rows.size();
    }
}
