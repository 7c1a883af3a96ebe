package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The end-of-scenario checks: nothing lost, nothing duplicated, in the topic and in the target.
 * The rows are those of the source's iris_data (or of another table or view of its columns),
 * the sink's those of the target's iris_data (or another table).
 */
final class DeliveryChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final String sinkName;
    private final String sourceTable;
    private final String targetTable;

    DeliveryChecks(LocalStack stack, String sinkName) {
        this(stack, sinkName, "iris_data", "iris_data");
    }

    DeliveryChecks(LocalStack stack, String sinkName, String sourceTable, String targetTable) {
        this.stack = stack;
        this.sinkName = sinkName;
        this.sourceTable = sourceTable;
        this.targetTable = targetTable;
    }

    /**
     * Waits until the target holds exactly the source's rows, column by column (compared by a
     * digest the database computes, so that a soak's million rows need not cross the wire).
     */
    void awaitTargetEqualsSource(Duration timeout) {
        Database source = stack.postgres().source();
        Database target = stack.postgres().target();
        assertThat(source.count(sourceTable)).as("rows in %s to compare the target with", source).isPositive();
        Eventually.within(timeout,
            () -> IrisDigest.of(target, targetTable).equals(IrisDigest.of(source, sourceTable)),
            () -> IrisRows.compare(source, sourceTable, target, targetTable) + "; sink "
                + new ConnectorStates(stack.rest()).describe(sinkName));
    }

    /** Every source id appears in the topic exactly once, and nothing else does. */
    void assertTopicHasEverySourceRowOnce(String topic) {
        DeliveryFigures figures = figures(topic, false);
        assertThat(figures.lost()).as(figures.describe(topic)).isZero();
        assertThat(figures.duplicated()).as(figures.describe(topic)).isZero();
        assertThat(figures.records()).as(figures.describe(topic)).isEqualTo(figures.written());
    }

    /** How many records of the topic carry each id. */
    Map<Integer, Long> idCounts(String topic) {
        List<ConsumerRecord<String, String>> records = new TopicContents(stack.broker().bootstrapServers()).records(topic);
        return records.stream().map(r -> id(r.value()))
            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    /**
     * The figures of the topic and tables as they are now; read_committed skips aborted
     * transactions. Fails if the source has no row: then nothing could be lost or duplicated.
     */
    DeliveryFigures figures(String topic, boolean readCommitted) {
        IdCounts inTopic = topicIds(topic, readCommitted);
        int[] sourceIds = IrisRows.ids(stack.postgres().source(), sourceTable);
        assertThat(sourceIds).as("ids in the source to look for in %s", topic).isNotEmpty();
        long lost = Arrays.stream(sourceIds).filter(id -> inTopic.count(id) == 0).count();
        return new DeliveryFigures(sourceIds.length, inTopic.total(), lost, inTopic.repeats(),
            stack.postgres().target().count(targetTable), inTopic.repeatedRanges());
    }

    /**
     * Waits until the target holds every source row and at least as many rows as the topic has
     * records (as {@code read_committed} sees them with {@code readCommitted}), as a sink that
     * writes each record at least once ends up; then what it wrote.
     */
    SinkFigures awaitEveryRecordWritten(String topic, boolean readCommitted, Duration timeout) {
        Database target = stack.postgres().target();
        long sourceRows = stack.postgres().source().count(sourceTable);
        Eventually.within(timeout, () -> distinctIds(target) == sourceRows
                && target.count(targetTable) >= topicIds(topic, readCommitted).total(),
            () -> targetTable + " has " + target.count(targetTable) + " rows, " + distinctIds(target)
                + " distinct ids; the source " + sourceRows + " rows, the topic "
                + topicIds(topic, readCommitted).total() + " records; sink "
                + new ConnectorStates(stack.rest()).describe(sinkName));
        return sinkFigures(topic, readCommitted);
    }

    /** What the sink wrote so far, compared with the source's rows and the topic's records. */
    SinkFigures sinkFigures(String topic, boolean readCommitted) {
        IdCounts inTopic = topicIds(topic, readCommitted);
        IdCounts inTarget = new IdCounts();
        Arrays.stream(IrisRows.ids(stack.postgres().target(), targetTable)).forEach(inTarget::add);
        int[] sourceIds = IrisRows.ids(stack.postgres().source(), sourceTable);
        assertThat(sourceIds).as("ids in the source to look for in %s", targetTable).isNotEmpty();
        long lost = Arrays.stream(sourceIds).filter(id -> inTarget.count(id) == 0).count();
        return new SinkFigures(sinkName, inTarget.total(), lost, inTarget.repeats(), inTarget.beyond(inTopic));
    }

    private IdCounts topicIds(String topic, boolean readCommitted) {
        IdCounts inTopic = new IdCounts();
        new TopicContents(stack.broker().bootstrapServers()).forEach(topic, readCommitted, r -> inTopic.add(id(r.value())));
        return inTopic;
    }

    private long distinctIds(Database target) {
        return ((Number) target.rows("SELECT count(DISTINCT id) FROM " + targetTable).get(0).get(0)).longValue();
    }

    /** The {@code id} in a JsonConverter value's payload. */
    static int id(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            return node.path("payload").path("id").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + value, e);
        }
    }
}
