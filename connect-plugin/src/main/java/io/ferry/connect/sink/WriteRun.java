package io.ferry.connect.sink;

import java.util.Collections;
import java.util.List;

/** Consecutive rows of one table and one shape: one prepared statement, sent as one JDBC batch. */
final class WriteRun {
    private final RowShape shape;
    private final List<SinkRow> rows;

    WriteRun(RowShape shape, List<SinkRow> rows) {
        this.shape = shape;
        this.rows = Collections.unmodifiableList(rows);
    }

    RowShape shape() {
        return shape;
    }

    List<SinkRow> rows() {
        return rows;
    }
}
