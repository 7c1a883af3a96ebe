package io.ferry.connect.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * Stands in for the Connect worker's side of a source task: offsets the test "commits" (as the
 * worker does once records are acknowledged) are what the task reads back on its next start.
 */
final class FakeSourceTaskContext implements SourceTaskContext, OffsetStorageReader {
    private final Map<Map<String, Object>, Map<String, Object>> committed = new HashMap<>();

    /** Commits the offsets of records, as the worker does after Kafka acknowledged them. */
    void commit(List<SourceRecord> records) {
        for (SourceRecord record : records) {
            @SuppressWarnings("unchecked")
            Map<String, Object> partition = (Map<String, Object>) record.sourcePartition();
            @SuppressWarnings("unchecked")
            Map<String, Object> offset = (Map<String, Object>) record.sourceOffset();
            committed.put(new HashMap<>(partition), offset == null ? null : new HashMap<>(offset));
        }
    }

    /** Stores an offset as the Confluent connector would have. */
    void store(Map<String, ?> partition, Map<String, Object> offset) {
        committed.put(new HashMap<>(partition), offset);
    }

    @Override
    public Map<String, String> configs() {
        return Map.of();
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        return this;
    }

    @Override
    public <T> Map<String, Object> offset(Map<String, T> partition) {
        return committed.get(new HashMap<String, Object>(partition));
    }

    @Override
    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
        Map<Map<String, T>, Map<String, Object>> result = new HashMap<>();
        for (Map<String, T> partition : partitions) {
            Map<String, Object> offset = offset(partition);
            if (offset != null) {
                result.put(partition, offset);
            }
        }
        return result;
    }
}
