package io.ferry.connect.sink;

import io.ferry.connect.postgres.FailureText;
import org.apache.kafka.connect.errors.ConnectException;

/** One record could not be written: names the record, the table, the column when known, and the database's reason. */
final class RecordWriteException extends ConnectException {
    RecordWriteException(SinkRow row, String column, Throwable cause, FailureText text) {
        super("Cannot write record " + row.coordinates() + " into table " + row.table()
            + (column == null ? "" : " (column " + column + ")") + ": " + text.describe(cause), text.cause(cause));
    }
}
