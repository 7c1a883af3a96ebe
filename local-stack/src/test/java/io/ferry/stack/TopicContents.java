package io.ferry.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the stack's broker, as kcat would: its partitions and every record so far;
 * creates one with as many partitions as a scenario needs.
 */
final class TopicContents {
    private final String bootstrapServers;

    TopicContents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    Set<String> topics() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            return admin.listTopics().names().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot list topics", e);
        }
    }

    /** Creates {@code topic} with {@code partitions} partitions (one replica: the stack has one broker). */
    void create(String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot create topic " + topic, e);
        }
    }

    int partitions(String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            TopicDescription description = admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic);
            return description.partitions().size();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot describe topic " + topic, e);
        }
    }

    /** The value of one of the topic's configs, e.g. cleanup.policy. */
    String config(String topic, String name) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            return admin.describeConfigs(Set.of(resource)).all().get().get(resource).get(name).value();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot describe the configs of topic " + topic, e);
        }
    }

    /** Every record of the topic from the beginning up to its current end. */
    List<ConsumerRecord<String, String>> records(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        forEach(topic, false, records::add);
        return records;
    }

    /**
     * Hands each record from the beginning up to the current end to {@code action}, without
     * keeping them (a soak's topic holds millions). With {@code readCommitted}, records of
     * aborted transactions are skipped, as a {@code read_committed} consumer sees the topic.
     */
    void forEach(String topic, boolean readCommitted, Consumer<ConsumerRecord<String, String>> action) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, readCommitted ? "read_committed" : "read_uncommitted");
        try (KafkaConsumer<String, String> consumer =
                 new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(action);
            }
        }
    }
}
