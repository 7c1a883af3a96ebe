package io.ferry.bench;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
        Tally tally = new Tally();
        forEach(topic, (record, value) -> {
            tally.records++;
            long id = ((Number) value.get("id")).longValue();
            if (id < 1 || id > rows) {
                tally.outOfRange++;
            } else if (seen.get((int) id)) {
                tally.duplicates++;
            } else {
                seen.set((int) id);
            }
        });
        int missing = rows - (seen.cardinality());
        if (missing != 0 || tally.duplicates != 0 || tally.outOfRange != 0) {
            throw new IllegalStateException(String.format(
                "%s: %,d records read; %,d of ids 1..%,d missing (first: %d), %,d duplicates, %,d ids out of range",
                topic, tally.records, missing, rows, seen.nextClearBit(1), tally.duplicates, tally.outOfRange));
        }
    }

    /**
     * Hands each record of {@code topic} (one partition), from its start to its end offset now, to
     * {@code visit} with its value as Connect data; throws if they cannot all be read in time.
     */
    void forEach(String topic, BiConsumer<ConsumerRecord<byte[], byte[]>, Struct> visit) {
        JsonConverter values = JsonConverters.forValues();
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (consumer.position(partition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + ": read up to offset " + consumer.position(partition)
                        + " of " + end + " in " + READ_TIMEOUT.toMinutes() + " min");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    visit.accept(record, (Struct) values.toConnectData(topic, record.value()).value());
                }
            }
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000"),
            new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** What {@link #check} counts as it reads. */
    private static final class Tally {
        long records;
        long duplicates;
        long outOfRange;
    }
}
