package io.ferry.connect.pipeline;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** A source task's first start: the worker has no offsets stored for it. */
final class NoCommittedOffsets implements SourceTaskContext, OffsetStorageReader {
    @Override
    public Map<String, String> configs() {
        return Collections.emptyMap();
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        return this;
    }

    @Override
    public <T> Map<String, Object> offset(Map<String, T> partition) {
        return null;
    }

    @Override
    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
        return Collections.emptyMap();
    }
}
