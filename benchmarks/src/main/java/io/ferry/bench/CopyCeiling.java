package io.ferry.bench;

import io.ferry.testing.Database;
import io.ferry.testing.IrisRecords;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Date;
import org.apache.kafka.connect.data.Struct;
import org.postgresql.PGConnection;

/**
 * W1's second ceiling: the database's own bulk load, {@code COPY} of the same rows (CSV
 * prepared beforehand, so only the load is timed) into the emptied target table.
 */
final class CopyCeiling {
    private static final String COPY = "COPY iris_data (id, timestamp, sepal_length, sepal_width, "
        + "petal_length, petal_width, target) FROM STDIN (FORMAT csv)";

    private final Database target;

    CopyCeiling(Database target) {
        this.target = target;
    }

    /** Rows per second to COPY rows 1..{@code records} into an empty iris_data. */
    double measure(int records) {
        StringBuilder csv = new StringBuilder(records * 64);
        for (int id = 1; id <= records; id++) {
            appendCsv(IrisRecords.value(id), csv);
        }
        String text = csv.toString();
        target.execute("TRUNCATE iris_data");
        try (Connection c = target.connect()) {
            long start = System.nanoTime();
            long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(text));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (copied != records) {
                throw new IllegalStateException("COPY loaded " + copied + " rows, not " + records);
            }
            return copied / seconds;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY into " + target + " failed", e);
        }
    }

    /** A row as a CSV line of {@link #COPY}. */
    private static void appendCsv(Struct row, StringBuilder out) {
        out.append(row.getInt32("id")).append(',')
            .append(((Date) row.get("timestamp")).toInstant()).append(',')
            .append(row.getFloat64("sepal_length")).append(',')
            .append(row.getFloat64("sepal_width")).append(',')
            .append(row.getFloat64("petal_length")).append(',')
            .append(row.getFloat64("petal_width")).append(',')
            .append(row.getInt32("target")).append('\n');
    }
}
