package io.ferry.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * W1's first ceiling: what one thread does with no database at all, reading the whole topic
 * and turning each key and value back into Connect data with JsonConverter, as a sink task's
 * worker thread must before {@code put()}.
 */
final class ConverterCeiling {
    private final String bootstrapServers;

    ConverterCeiling(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Records per second to consume and convert {@code records} records of {@code topic}. */
    double measure(String topic, int records) {
        JsonConverter keys = JsonConverters.forKeys();
        JsonConverter values = JsonConverters.forValues();
        long start = System.nanoTime();
        long converted = 0;
        long checksum = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            while (converted < records) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    SchemaAndValue key = keys.toConnectData(topic, record.key());
                    SchemaAndValue value = values.toConnectData(topic, record.value());
                    checksum += key.value().hashCode() ^ value.value().hashCode();
                    converted++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (checksum == 42) {
            System.out.print("");  // keeps the conversions from being optimized away
        }
        return converted / seconds;
    }
}
