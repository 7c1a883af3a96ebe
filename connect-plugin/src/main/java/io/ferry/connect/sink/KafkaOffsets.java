package io.ferry.connect.sink;

import java.sql.Connection;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/** The default: Kafka's consumer offsets alone say where the sink resumes (at least once). */
final class KafkaOffsets implements OffsetStore {
    @Override
    public Map<TopicPartition, Long> load(Collection<TopicPartition> partitions) {
        return Collections.emptyMap();
    }

    @Override
    public boolean isWritten(SinkRecord record) {
        return false;
    }

    @Override
    public boolean writesProgress() {
        return false;
    }

    @Override
    public void write(Connection connection, Map<TopicPartition, Long> nextOffsets) {
        // the worker commits the consumer offsets
    }

    @Override
    public void committed(Map<TopicPartition, Long> nextOffsets) {
        // nothing kept here
    }

    @Override
    public void forget(Collection<TopicPartition> partitions) {
        // nothing kept here
    }

    @Override
    public void forgetAll() {
        // nothing kept here
    }
}
