package io.ferry.connect.pipeline;

import io.ferry.connect.sink.PostgresSinkTask;
import io.ferry.connect.source.PostgresSourceConnector;
import io.ferry.connect.source.PostgresSourceTask;
import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.testing.Database;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceConnectorContext;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.apache.kafka.connect.transforms.TimestampConverter;

/**
 * The seed's pipeline without a broker: Ferry's source task reads a table, the seed's source
 * TimestampConverter and the worker's JsonConverter (schemas on) turn each record into the bytes
 * a topic would hold, and back through the sink's TimestampConverter into Ferry's sink task.
 * The end-to-end tests in local-stack run the same with a real broker and worker.
 */
final class SeedPipeline implements AutoCloseable {
    private static final String TIMESTAMP_FIELD = "timestamp";
    private static final String TIMESTAMP_FORMAT = "yyyy-MM-dd HH:mm:ss.S";

    private final PostgresSourceConnector sourceConnector = new PostgresSourceConnector();
    private final PostgresSourceTask sourceTask = new PostgresSourceTask();
    private final PostgresSinkTask sinkTask = new PostgresSinkTask();
    private final TimestampConverter<SourceRecord> toString = new TimestampConverter.Value<>();
    private final TimestampConverter<SinkRecord> toTimestamp = new TimestampConverter.Value<>();
    private final JsonConverter json = new JsonConverter();
    private long nextOffset;

    SeedPipeline(Database source, Database target, String table) {
        toString.configure(transform("string"));
        toTimestamp.configure(transform("Timestamp"));
        json.configure(Collections.singletonMap("schemas.enable", "true"), false);

        Map<String, String> sourceConfig = new HashMap<>(source.connectionConfig());
        sourceConfig.put("table.whitelist", table);
        sourceConfig.put("topic.prefix", "postgres-source-");
        sourceConfig.put("mode", "incrementing");
        sourceConfig.put("incrementing.column.name", "id");
        sourceConfig.put("poll.interval.ms", "50");
        sourceConnector.initialize(new NoReconfiguration());
        sourceConnector.start(sourceConfig);
        sourceTask.initialize(new NoCommittedOffsets());
        sourceTask.start(sourceConnector.taskConfigs(2).get(0));

        Map<String, String> sinkConfig = new HashMap<>(target.connectionConfig());
        sinkConfig.put("topics", "postgres-source-" + table);
        sinkConfig.put("table.name.format", table);
        sinkConfig.put("insert.mode", "upsert");
        sinkConfig.put("pk.mode", "record_value");
        sinkConfig.put("pk.fields", "id");
        sinkTask.initialize(FakeSinkTaskContext.plain());
        sinkTask.start(sinkConfig);
    }

    private static Map<String, String> transform(String targetType) {
        Map<String, String> config = new HashMap<>();
        config.put("field", TIMESTAMP_FIELD);
        config.put("format", TIMESTAMP_FORMAT);
        config.put("target.type", targetType);
        return config;
    }

    /**
     * Carries rows until {@code rows} records went through and the sink committed them, or fails
     * after the timeout. Like the worker, it asks for the sink's committed offsets after each put;
     * each answer waits a few seconds at most, so the last ones are asked for until they come.
     */
    void carry(int rows, long timeoutMs) throws InterruptedException {
        int carried = 0;
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (carried < rows || !sinkCommittedEverything()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(carried + " of " + rows + " rows went through, " + sinkCommitted()
                    + " committed by the sink, in " + timeoutMs + " ms");
            }
            List<SourceRecord> polled = carried < rows ? sourceTask.poll() : null;
            if (polled == null) {
                continue;
            }
            List<SinkRecord> delivered = new ArrayList<>(polled.size());
            for (SourceRecord record : polled) {
                delivered.add(throughTopic(toString.apply(record)));
            }
            sinkTask.put(delivered);
            sinkTask.preCommit(new HashMap<>());
            carried += polled.size();
        }
    }

    /** Whether the sink committed every record put so far (its put throws when its writer failed). */
    private boolean sinkCommittedEverything() {
        sinkTask.put(Collections.emptyList());
        return sinkCommitted() >= nextOffset;
    }

    private long sinkCommitted() {
        return sinkTask.preCommit(new HashMap<>()).values().stream().mapToLong(OffsetAndMetadata::offset).max()
            .orElse(0);
    }

    private SinkRecord throughTopic(SourceRecord record) {
        byte[] bytes = json.fromConnectData(record.topic(), record.valueSchema(), record.value());
        SchemaAndValue value = json.toConnectData(record.topic(), bytes);
        return toTimestamp.apply(new SinkRecord(record.topic(), 0, null, null, value.schema(), value.value(),
            nextOffset++));
    }

    @Override
    public void close() {
        sourceTask.stop();
        sourceConnector.stop();
        sinkTask.stop();
        toString.close();
        toTimestamp.close();
    }

    private static final class NoReconfiguration implements SourceConnectorContext {
        @Override
        public void requestTaskReconfiguration() {
        }

        @Override
        public void raiseError(Exception e) {
            throw new AssertionError("The source connector raised an error", e);
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return new NoCommittedOffsets();
        }
    }
}
