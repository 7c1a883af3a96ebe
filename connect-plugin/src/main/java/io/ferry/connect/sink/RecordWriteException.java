package io.ferry.connect.sink;

import io.ferry.connect.postgres.ServerErrorDetails;
import org.apache.kafka.connect.errors.ConnectException;

/** One record could not be written: names the record, the table, the column when known, and the database's reason. */
final class RecordWriteException extends ConnectException {
    RecordWriteException(SinkRow row, String column, Throwable cause) {
        super("Cannot write record " + row.coordinates() + " into table " + row.table()
            + (column == null ? "" : " (column " + column + ")") + ": " + ServerErrorDetails.describe(cause), cause);
    }
}
