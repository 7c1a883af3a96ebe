package io.ferry.stack;

import io.ferry.testing.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The rows of an iris_data table (or a table or view of its columns) in id order, timestamps
 * cut to the millisecond Connect keeps.
 */
final class IrisRows {
    private IrisRows() {
    }

    /** One row, comparable across the source and the target. */
    record Row(int id, LocalDateTime timestamp, Double sepalLength, Double sepalWidth,
               Double petalLength, Double petalWidth, Integer target) {
    }

    static List<Row> of(Database database) {
        return of(database, "iris_data");
    }

    static List<Row> of(Database database, String table) {
        String query = "SELECT id, timestamp, sepal_length, sepal_width, petal_length, petal_width, target "
            + "FROM " + table + " ORDER BY id";
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                LocalDateTime timestamp = rs.getObject(2, LocalDateTime.class);
                rows.add(new Row(rs.getInt(1),
                    timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.MILLIS),
                    rs.getObject(3, Double.class), rs.getObject(4, Double.class),
                    rs.getObject(5, Double.class), rs.getObject(6, Double.class),
                    rs.getObject(7, Integer.class)));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + table + " of " + database, e);
        }
    }

    /** Every id, in order, fetched a page at a time (a soak's table has millions of rows). */
    static int[] ids(Database database) {
        return ids(database, "iris_data");
    }

    /** Every id of {@code table}, in order, with repeats where a keyless table holds some. */
    static int[] ids(Database database, String table) {
        IntStream.Builder ids = IntStream.builder();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false); // else the driver fetches every row at once
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
            c.rollback();
            return ids.build().toArray();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the ids of " + table + " in " + database, e);
        }
    }

    /** "target has 812 rows, source 900", and the first row that differs, for failure messages. */
    static String compare(Database source, Database target) {
        return compare(source, "iris_data", target, "iris_data");
    }

    /** As {@link #compare(Database, Database)}, for {@code sourceTable} and {@code targetTable}. */
    static String compare(Database source, String sourceTable, Database target, String targetTable) {
        List<Row> expected = of(source, sourceTable);
        List<Row> actual = of(target, targetTable);
        String counts = "target has " + actual.size() + " rows, source " + expected.size();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                return counts + "; first difference: source " + expected.get(i) + " vs target " + actual.get(i);
            }
        }
        return counts;
    }
}
