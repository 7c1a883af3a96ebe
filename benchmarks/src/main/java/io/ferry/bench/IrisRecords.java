package io.ferry.bench;

import java.util.Date;
import java.util.Random;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;

/**
 * The benchmark's iris rows, the same for every consumer of them (topic, COPY, source table):
 * row {@code i} is a pure function of {@code i}. The schema is what Ferry's source makes of
 * the seed's table (id int32, timestamp as Connect Timestamp, four float64, target int32);
 * the key is {@code {id}}.
 */
final class IrisRecords {
    static final Schema KEY = SchemaBuilder.struct().name("iris_data.Key")
        .field("id", Schema.INT32_SCHEMA).build();
    static final Schema VALUE = SchemaBuilder.struct().name("iris_data")
        .field("id", Schema.INT32_SCHEMA)
        .field("timestamp", Timestamp.builder().optional().build())
        .field("sepal_length", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("sepal_width", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("petal_length", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("petal_width", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("target", Schema.OPTIONAL_INT32_SCHEMA)
        .build();
    /** 2026-01-01T00:00:00Z; row i is i seconds later. */
    private static final long EPOCH_MILLIS = 1_767_225_600_000L;

    private IrisRecords() {
    }

    static Struct key(int id) {
        return new Struct(KEY).put("id", id);
    }

    static Struct value(int id) {
        Random random = new Random(id);
        return new Struct(VALUE)
            .put("id", id)
            .put("timestamp", new Date(EPOCH_MILLIS + id * 1000L))
            .put("sepal_length", measure(random, 4.3, 7.9))
            .put("sepal_width", measure(random, 2.0, 4.4))
            .put("petal_length", measure(random, 1.0, 6.9))
            .put("petal_width", measure(random, 0.1, 2.5))
            .put("target", random.nextInt(3));
    }

    /** Row {@code id} as a CSV line for {@code COPY iris_data (id, timestamp, ...) FROM STDIN (FORMAT csv)}. */
    static void appendCsv(int id, StringBuilder out) {
        Struct v = value(id);
        out.append(id).append(',')
            .append(((Date) v.get("timestamp")).toInstant()).append(',')
            .append(v.getFloat64("sepal_length")).append(',')
            .append(v.getFloat64("sepal_width")).append(',')
            .append(v.getFloat64("petal_length")).append(',')
            .append(v.getFloat64("petal_width")).append(',')
            .append(v.getInt32("target")).append('\n');
    }

    private static double measure(Random random, double min, double max) {
        return Math.round((min + random.nextDouble() * (max - min)) * 10) / 10.0;
    }
}
