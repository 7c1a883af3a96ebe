package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import io.ferry.testing.IrisTable;
import io.ferry.testing.Pause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 5, scenario 4: the seed's pipeline with the sink in plain insert mode and no key
 * (pk.mode=none), its offsets kept in the target database (offsets.storage.table). The worker
 * is SIGKILLed mid-stream twice: Kafka's committed offsets then lag what the sink wrote, and
 * the target must still hold each record of the topic exactly once.
 */
class SinkExactlyOnceIT {
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void insertModeWithoutAKeyWritesEachRecordOnceThoughTheWorkerIsKilledTwice() {
        Database source = stack.postgres().source();
        Database target = stack.postgres().target();
        target.execute("DROP TABLE iris_data", IrisTable.keylessDdl("iris_data"));
        ConnectorJson sourceConnector = StackUnderTest.repoConnector("source_connector.json").pointedAt(source);
        ConnectorJson sink = StackUnderTest.repoConnector("sink_connector.json").pointedAt(target)
            .with("insert.mode", "insert").with("pk.mode", "none").with("pk.fields", "")
            .with("offsets.storage.table", "ferry_sink_offsets");
        ConnectorStates states = new ConnectorStates(stack.rest());
        IrisGenerator generator = IrisGenerator.start(source, Duration.ofMillis(10));
        stack.rest().create(sourceConnector.asJson());
        stack.rest().create(sink.asJson());
        states.awaitRunning(sourceConnector.name(), sink.name());

        List<String> kills = new ArrayList<>();
        for (int kill = 1; kill <= 2; kill++) {
            long before = target.count("iris_data");
            Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") >= before + 200,
                () -> "target has " + target.count("iris_data") + " rows, expected " + (before + 200));
            stack.worker().kill();
            kills.add("kill " + kill + ": target " + target.count("iris_data") + " rows, Kafka's committed offset "
                + kafkaCommittedOffset(sink.name()) + ", the offsets table's " + storedOffset(target, sink.name()));
            Pause.of(Duration.ofSeconds(1));
            stack.worker().start();
            states.awaitRunning(sourceConnector.name(), sink.name());
        }
        long inserted = generator.stop();

        Eventually.within(Duration.ofSeconds(60), () -> distinctIds(target) == source.count("iris_data"),
            () -> "target has " + distinctIds(target) + " of the source's " + source.count("iris_data") + " ids; sink "
                + states.describe(sink.name()));
        Map<Integer, Long> topic = idCounts(new TopicContents(stack.broker().bootstrapServers()).records(TOPIC)
            .stream().map(r -> r.value()).map(DeliveryChecks::id).collect(Collectors.toList()));
        Eventually.within(Duration.ofSeconds(30), () -> target.count("iris_data") >= topic.values().stream()
            .mapToLong(Long::longValue).sum(), () -> "target has " + target.count("iris_data") + " rows");
        Map<Integer, Long> written = idCounts(target.rows("SELECT id FROM iris_data").stream()
            .map(r -> (Integer) r.get(0)).collect(Collectors.toList()));

        kills.forEach(k -> System.out.println("SinkExactlyOnceIT: " + k));
        System.out.println("SinkExactlyOnceIT: source rows " + inserted + ", topic records "
            + topic.values().stream().mapToLong(Long::longValue).sum() + " (ids the source published again: "
            + repeated(topic).size() + "), target rows " + target.count("iris_data") + ", ids missing "
            + (source.count("iris_data") - distinctIds(target)) + ", rows beyond the topic's records "
            + (target.count("iris_data") - topic.values().stream().mapToLong(Long::longValue).sum()));
        assertThat(written).as("rows per id in the target = records per id in the topic").isEqualTo(topic);
        assertThat(written.keySet()).hasSize((int) source.count("iris_data"));
    }

    private static long distinctIds(Database target) {
        return ((Number) target.rows("SELECT count(DISTINCT id) FROM iris_data").get(0).get(0)).longValue();
    }

    private static String storedOffset(Database target, String connector) {
        List<List<Object>> rows = target.rows("SELECT next_offset FROM ferry_sink_offsets WHERE connector = '"
            + connector + "'");
        return rows.isEmpty() ? "none" : rows.get(0).get(0).toString();
    }

    private String kafkaCommittedOffset(String connector) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.broker().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("connect-" + connector)
                .partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata offset = offsets.get(PARTITION);
            return offset == null ? "none" : Long.toString(offset.offset());
        } catch (InterruptedException | ExecutionException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static Map<Integer, Long> idCounts(List<Integer> ids) {
        return ids.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private static Map<Integer, Long> repeated(Map<Integer, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
