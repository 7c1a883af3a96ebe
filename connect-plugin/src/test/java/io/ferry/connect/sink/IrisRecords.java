package io.ferry.connect.sink;

import java.util.Date;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Records as the seed pipeline delivers them to the sink: the source's iris_data struct with its
 * {@code timestamp} turned back into a Connect Timestamp by TimestampConverter, no key.
 */
final class IrisRecords {
    static final String TOPIC = "postgres-source-iris_data";
    static final Schema SCHEMA = SchemaBuilder.struct().name("iris_data")
        .field("id", Schema.INT32_SCHEMA)
        .field("timestamp", Timestamp.builder().optional().build())
        .field("sepal_length", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("sepal_width", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("petal_length", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("petal_width", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("target", Schema.OPTIONAL_INT32_SCHEMA)
        .build();

    private IrisRecords() {
    }

    static Struct row(int id, long epochMillis, double sepalLength, int target) {
        return new Struct(SCHEMA).put("id", id).put("timestamp", new Date(epochMillis))
            .put("sepal_length", sepalLength).put("sepal_width", 3.5).put("petal_length", 1.4)
            .put("petal_width", 0.2).put("target", target);
    }

    static SinkRecord record(Struct row, long offset) {
        return new SinkRecord(TOPIC, 0, null, null, SCHEMA, row, offset);
    }
}
