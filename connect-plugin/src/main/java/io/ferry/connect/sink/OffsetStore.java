package io.ferry.connect.sink;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Where the sink's progress (the next offset to write, per partition) is kept: in Kafka's
 * consumer offsets only ({@link KafkaOffsets}), or also in the target database, in the same
 * transaction as the rows ({@link DatabaseOffsets}).
 */
interface OffsetStore {
    /**
     * Reads the stored progress of partitions not read yet; returns the offsets the consumer must
     * seek to (empty when the consumer's own position is right).
     */
    Map<TopicPartition, Long> load(Collection<TopicPartition> partitions) throws SQLException;

    /** Whether the record's row is already in the database (a redelivery after a crash or a retry). */
    boolean isWritten(SinkRecord record);

    /** Whether a put whose records produce no row must still commit a transaction, to store its progress. */
    boolean writesProgress();

    /** Stores the progress within the transaction that writes the rows. */
    void write(Connection connection, Map<TopicPartition, Long> nextOffsets) throws SQLException;

    /** The transaction that wrote {@code nextOffsets} committed. */
    void committed(Map<TopicPartition, Long> nextOffsets);

    /** Forgets what was read, so the next {@link #load} reads it again (after an ambiguous failure or a revocation). */
    void forget(Collection<TopicPartition> partitions);

    void forgetAll();
}
