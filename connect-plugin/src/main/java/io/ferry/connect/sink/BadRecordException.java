package io.ferry.connect.sink;

import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/** A record the sink cannot turn into a row (no schema, not a struct, no key, ...); names the record. */
final class BadRecordException extends DataException {
    BadRecordException(SinkRecord record, String problem) {
        super("Cannot write record " + RecordCoordinates.of(record) + ": " + problem);
    }
}
