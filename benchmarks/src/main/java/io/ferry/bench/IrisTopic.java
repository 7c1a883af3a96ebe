package io.ferry.bench;

import io.ferry.testing.IrisRecords;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.json.JsonConverter;

/** A topic of the stack's broker, created empty with one partition, and filled with iris records. */
final class IrisTopic {
    private final String bootstrapServers;
    private final String name;

    private IrisTopic(String bootstrapServers, String name) {
        this.bootstrapServers = bootstrapServers;
        this.name = name;
    }

    static IrisTopic create(String bootstrapServers, String name) {
        return create(bootstrapServers, name, 1);
    }

    static IrisTopic create(String bootstrapServers, String name, int partitions) {
        return create(bootstrapServers, new NewTopic(name, partitions, (short) 1));
    }

    /**
     * A topic of one partition whose records carry the time the broker appended them
     * ({@code LogAppendTime}), whatever timestamp the producer gave: a latency's end "on the topic".
     */
    static IrisTopic createAppendTimed(String bootstrapServers, String name) {
        return create(bootstrapServers, new NewTopic(name, 1, (short) 1)
            .configs(Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime")));
    }

    private static IrisTopic create(String bootstrapServers, NewTopic topic) {
        String name = topic.name();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(topic)).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot create topic " + name, e);
        }
        return new IrisTopic(bootstrapServers, name);
    }

    String name() {
        return name;
    }

    /**
     * Produces records 1..{@code records} (JSON key {@code {id}} and JSON value, both with
     * schemas, partitioned by key); returns the id of each partition's last record: once a sink
     * has written all of them, it has written everything, as a task writes a partition in order.
     */
    Set<Integer> fill(int records) {
        JsonConverter keys = JsonConverters.forKeys();
        JsonConverter values = JsonConverters.forValues();
        Map<Integer, Integer> lastIdByPartition = new ConcurrentHashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers)) {
            for (int id = 1; id <= records; id++) {
                int sent = id;
                producer.send(new ProducerRecord<>(name,
                    keys.fromConnectData(name, IrisRecords.KEY, IrisRecords.key(id)),
                    values.fromConnectData(name, IrisRecords.VALUE, IrisRecords.value(id))),
                    (metadata, error) -> {
                        if (metadata != null) {
                            lastIdByPartition.merge(metadata.partition(), sent, Math::max);
                        }
                    });
            }
            producer.flush();
        }
        return Set.copyOf(lastIdByPartition.values());
    }

    /** A producer batching as a throughput-minded user would configure it. */
    static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ProducerConfig.LINGER_MS_CONFIG, "10",
            ProducerConfig.BATCH_SIZE_CONFIG, "262144",
            ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
    }
}
