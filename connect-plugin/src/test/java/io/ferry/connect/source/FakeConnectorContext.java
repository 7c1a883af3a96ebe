package io.ferry.connect.source;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.connect.source.SourceConnectorContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** Records what a connector asks of the worker. */
final class FakeConnectorContext implements SourceConnectorContext {
    final AtomicInteger reconfigurations = new AtomicInteger();
    volatile Exception raised;

    @Override
    public void requestTaskReconfiguration() {
        reconfigurations.incrementAndGet();
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        return new FakeSourceTaskContext();
    }

    @Override
    public void raiseError(Exception e) {
        raised = e;
    }
}
