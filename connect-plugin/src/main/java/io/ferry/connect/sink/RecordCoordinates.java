package io.ferry.connect.sink;

import org.apache.kafka.connect.sink.SinkRecord;

/** How every message names a record. */
final class RecordCoordinates {
    private RecordCoordinates() {
    }

    static String of(SinkRecord record) {
        return "topic=" + record.topic() + " partition=" + record.kafkaPartition() + " offset=" + record.kafkaOffset();
    }
}
