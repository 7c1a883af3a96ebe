package io.ferry.connect.sink;

import io.ferry.connect.sql.TableId;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/** A record turned into what gets written: its table, its shape, and a value per column. */
final class SinkRow {
    private final SinkRecord record;
    private final TableId table;
    private final RowShape shape;
    private final Map<String, ColumnValue> values;

    SinkRow(SinkRecord record, TableId table, RowShape shape, Map<String, ColumnValue> values) {
        this.record = record;
        this.table = table;
        this.shape = shape;
        this.values = Collections.unmodifiableMap(values);
    }

    SinkRecord record() {
        return record;
    }

    TableId table() {
        return table;
    }

    RowShape shape() {
        return shape;
    }

    ColumnValue value(String column) {
        return values.get(column);
    }

    /** The key column values, comparable with equals (byte arrays wrapped), to find repeated keys. */
    List<Object> key() {
        List<Object> key = new ArrayList<>(shape.keyColumns().size());
        for (String column : shape.keyColumns()) {
            Object value = values.get(column).value();
            key.add(value instanceof byte[] ? ByteBuffer.wrap((byte[]) value) : value);
        }
        return key;
    }

    TopicPartition partition() {
        return new TopicPartition(record.topic(), record.kafkaPartition());
    }

    /** topic, partition and offset: how messages name a record. */
    String coordinates() {
        return RecordCoordinates.of(record);
    }
}
