package io.ferry.bench;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * W2's check after a timed run, untimed: the source's topic (one partition) holds each id of
 * 1..N exactly once, so no contender is credited for duplicates or for rows it skipped.
 */
final class SourceDelivery {
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(3);

    private final String bootstrapServers;

    SourceDelivery(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Throws, naming the first missing id and the duplicates, unless {@code topic} holds ids 1..rows once each. */
    void check(String topic, int rows) {
        BitSet seen = new BitSet(rows + 1);
        long records = 0;
        long duplicates = 0;
        long outOfRange = 0;
        JsonConverter values = JsonConverters.forValues();
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    long id = ((Number) ((Struct) values.toConnectData(topic, record.value()).value()).get("id")).longValue();
                    if (id < 1 || id > rows) {
                        outOfRange++;
                    } else if (seen.get((int) id)) {
                        duplicates++;
                    } else {
                        seen.set((int) id);
                    }
                }
            }
        }
        int missing = rows - (seen.cardinality());
        if (missing != 0 || duplicates != 0 || outOfRange != 0) {
            throw new IllegalStateException(String.format(
                "%s: %,d records read; %,d of ids 1..%,d missing (first: %d), %,d duplicates, %,d ids out of range",
                topic, records, missing, rows, seen.nextClearBit(1), duplicates, outOfRange));
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000"),
            new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
