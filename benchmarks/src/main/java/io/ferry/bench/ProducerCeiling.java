package io.ferry.bench;

import io.ferry.testing.Database;
import io.ferry.testing.IrisRecords;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * W2's ceiling: the least any source must do, on one thread with no framework: read the table
 * with a cursor, build each row's Struct, convert it with JsonConverter and send it with a
 * plain KafkaProducer, until the broker has acknowledged every record.
 */
final class ProducerCeiling {
    private static final String READ = "SELECT id, timestamp, sepal_length, sepal_width, petal_length, "
        + "petal_width, target FROM iris_data ORDER BY id";

    private final Database source;
    private final String bootstrapServers;

    ProducerCeiling(Database source, String bootstrapServers) {
        this.source = source;
        this.bootstrapServers = bootstrapServers;
    }

    /** Rows per second to publish the whole table to the new topic {@code topic}. */
    double measure(String topic) {
        IrisTopic.create(bootstrapServers, topic);
        JsonConverter values = JsonConverters.forValues();
        long start = System.nanoTime();
        long sent = 0;
        try (Connection c = source.connect();
             KafkaProducer<byte[], byte[]> producer = IrisTopic.producer(bootstrapServers)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery(READ)) {
                    while (rs.next()) {
                        Struct row = new Struct(IrisRecords.VALUE)
                            .put("id", rs.getInt(1))
                            .put("timestamp", rs.getTimestamp(2))
                            .put("sepal_length", rs.getDouble(3))
                            .put("sepal_width", rs.getDouble(4))
                            .put("petal_length", rs.getDouble(5))
                            .put("petal_width", rs.getDouble(6))
                            .put("target", rs.getInt(7));
                        producer.send(new ProducerRecord<>(topic, null, values.fromConnectData(topic, IrisRecords.VALUE, row)));
                        sent++;
                    }
                }
            }
            producer.flush();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + source, e);
        }
        return sent / ((System.nanoTime() - start) / 1e9);
    }
}
