package io.ferry.stack;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** What the stack's broker knows of open Kafka transactions: their state, and their records in a topic. */
final class KafkaTransactions implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;

    KafkaTransactions(String bootstrapServers) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
    }

    /** True if a transaction of one of {@code transactionalIds} is open now. */
    boolean anyOngoing(Collection<String> transactionalIds) {
        return get(admin.describeTransactions(transactionalIds).all()).values().stream()
            .anyMatch(d -> d.state() == TransactionState.ONGOING);
    }

    /**
     * Records of {@code topic} written in transactions still open: per partition, the end of the
     * log less the end a {@code read_committed} reader sees (the last stable offset), summed.
     */
    long uncommittedRecords(String topic) {
        Set<TopicPartition> partitions = get(admin.describeTopics(Set.of(topic)).allTopicNames()).get(topic)
            .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        Map<TopicPartition, Long> end = ends(partitions, IsolationLevel.READ_UNCOMMITTED);
        Map<TopicPartition, Long> stable = ends(partitions, IsolationLevel.READ_COMMITTED);
        return partitions.stream().mapToLong(p -> end.get(p) - stable.get(p)).sum();
    }

    @Override
    public void close() {
        admin.close();
    }

    private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions, IsolationLevel isolation) {
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends =
            get(admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all());
        return ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
