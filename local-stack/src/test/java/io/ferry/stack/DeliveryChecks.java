package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The end-of-scenario checks: nothing lost, nothing duplicated, in the topic and in the target. */
final class DeliveryChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final String sinkName;

    DeliveryChecks(LocalStack stack, String sinkName) {
        this.stack = stack;
        this.sinkName = sinkName;
    }

    /**
     * Waits until the target holds exactly the source's rows, column by column (compared by a
     * digest the database computes, so that a soak's million rows need not cross the wire).
     */
    void awaitTargetEqualsSource(Duration timeout) {
        Database source = stack.postgres().source();
        Database target = stack.postgres().target();
        Eventually.within(timeout, () -> IrisDigest.of(target).equals(IrisDigest.of(source)),
            () -> IrisRows.compare(source, target) + "; sink " + new ConnectorStates(stack.rest()).describe(sinkName));
    }

    /** Every source id appears in the topic; returns how many times each id that repeats does. */
    Map<Integer, Long> assertTopicHasEverySourceRow(String topic) {
        Map<Integer, Long> perId = idCounts(topic);
        List<Integer> sourceIds = IrisRows.of(stack.postgres().source()).stream()
            .map(IrisRows.Row::id).collect(Collectors.toList());
        assertThat(perId.keySet()).as("ids in topic %s", topic).containsExactlyInAnyOrderElementsOf(sourceIds);
        return perId.entrySet().stream().filter(e -> e.getValue() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /** Every source id appears in the topic exactly once. */
    void assertTopicHasEverySourceRowOnce(String topic) {
        assertThat(assertTopicHasEverySourceRow(topic)).as("ids published more than once (id=times)").isEmpty();
    }

    /** The figures of the topic and tables as they are now; read_committed skips aborted transactions. */
    DeliveryFigures figures(String topic, boolean readCommitted) {
        IdCounts inTopic = new IdCounts();
        new TopicContents(stack.broker().bootstrapServers()).forEach(topic, readCommitted, r -> inTopic.add(id(r.value())));
        long[] written = {0};
        long[] lost = {0};
        IrisRows.forEachId(stack.postgres().source(), id -> {
            written[0]++;
            if (inTopic.count(id) == 0) {
                lost[0]++;
            }
        });
        return new DeliveryFigures(written[0], inTopic.total(), lost[0], inTopic.repeats(),
            stack.postgres().target().count("iris_data"), inTopic.repeatedRanges());
    }

    private Map<Integer, Long> idCounts(String topic) {
        List<ConsumerRecord<String, String>> records = new TopicContents(stack.broker().bootstrapServers()).records(topic);
        return records.stream().map(r -> id(r.value()))
            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private static int id(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            return node.path("payload").path("id").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + value, e);
        }
    }
}
