package io.ferry.testing;

import java.util.Date;
import java.util.Random;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Iris rows as Ferry's source publishes them (id int32, the timestamp as a Connect Timestamp,
 * four float64, target int32; key {@code {id}}) and as the seed's sink receives them, once its
 * TimestampConverter turned the timestamp back into a Timestamp.
 */
public final class IrisRecords {
    /** The topic the seed's source publishes iris_data to. */
    public static final String SEED_TOPIC = "postgres-source-iris_data";
    public static final Schema KEY = SchemaBuilder.struct().name("iris_data.Key")
        .field("id", Schema.INT32_SCHEMA).build();
    public static final Schema VALUE = SchemaBuilder.struct().name("iris_data")
        .field("id", Schema.INT32_SCHEMA)
        .field("timestamp", Timestamp.builder().optional().build())
        .field("sepal_length", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("sepal_width", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("petal_length", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("petal_width", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("target", Schema.OPTIONAL_INT32_SCHEMA)
        .build();
    /** 2026-01-01T00:00:00Z; row i of {@link #value(int)} is i seconds later. */
    private static final long EPOCH_MILLIS = 1_767_225_600_000L;

    private IrisRecords() {
    }

    public static Struct key(int id) {
        return new Struct(KEY).put("id", id);
    }

    /** Row {@code id} of a made-up data set, a pure function of {@code id} (every consumer sees the same rows). */
    public static Struct value(int id) {
        IrisMeasures measures = IrisMeasures.random(new Random(id));
        return new Struct(VALUE)
            .put("id", id)
            .put("timestamp", new Date(EPOCH_MILLIS + id * 1000L))
            .put("sepal_length", measures.sepalLength())
            .put("sepal_width", measures.sepalWidth())
            .put("petal_length", measures.petalLength())
            .put("petal_width", measures.petalWidth())
            .put("target", measures.target());
    }

    /** A row with the given id, time, sepal length and class; its other measures are those of the data set's first row. */
    public static Struct row(int id, long epochMillis, double sepalLength, int target) {
        return new Struct(VALUE).put("id", id).put("timestamp", new Date(epochMillis))
            .put("sepal_length", sepalLength).put("sepal_width", 3.5).put("petal_length", 1.4)
            .put("petal_width", 0.2).put("target", target);
    }

    /** {@code row} at {@code offset} of the seed's topic's only partition, without a key, as the seed's sink receives it. */
    public static SinkRecord record(Struct row, long offset) {
        return new SinkRecord(SEED_TOPIC, 0, null, null, VALUE, row, offset);
    }
}
