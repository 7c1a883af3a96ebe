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

    /** Waits until the target holds exactly the source's rows, column by column. */
    void awaitTargetEqualsSource(Duration timeout) {
        Database source = stack.postgres().source();
        Database target = stack.postgres().target();
        Eventually.within(timeout, () -> IrisRows.of(target).equals(IrisRows.of(source)),
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

    /** How many records of the topic carry each id. */
    Map<Integer, Long> idCounts(String topic) {
        List<ConsumerRecord<String, String>> records = new TopicContents(stack.broker().bootstrapServers()).records(topic);
        return records.stream().map(r -> id(r.value()))
            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
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
