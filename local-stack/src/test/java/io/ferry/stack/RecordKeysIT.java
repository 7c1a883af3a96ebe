package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11 item 7 on a real worker: the source keys its records by the table's primary key
 * (record.key.mode=primary_key) into a compacted topic, and the sink upserts from it with
 * pk.mode=record_key. Bulk mode publishes every row again each poll, so the topic carries each
 * key many times and the updates of rows already written: the target equals the source.
 */
class RecordKeysIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "keyed-accounts";
    private static final String TABLE = "CREATE TABLE accounts (region text, id int, name text NOT NULL,"
        + " balance numeric(12,2), PRIMARY KEY (region, id))";
    private static final String ROWS = "SELECT region, id, name, balance::text FROM accounts ORDER BY region, id";
    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void aSinkUpsertsFromACompactedTopicOfKeyedRecordsUntilTheTargetEqualsTheSource() throws Exception {
        Database source = stack.postgres().source();
        Database target = stack.postgres().target();
        source.execute(TABLE, "INSERT INTO accounts SELECT CASE WHEN g % 2 = 0 THEN 'eu' ELSE 'us' END, g,"
            + " 'account ' || g, g * 1.25 FROM generate_series(1, 50) g");
        target.execute(TABLE);

        stack.rest().create(ConnectorJson.of("keyed-source",
            "connector.class", StackUnderTest.SOURCE_CLASS,
            "connection.url", source.url(), "connection.user", source.user(), "connection.password", source.password(),
            "table.whitelist", "accounts", "topic.prefix", "keyed-", "mode", "bulk", "poll.interval.ms", "1000",
            "record.key.mode", "primary_key",
            "key.converter", JSON_CONVERTER, "key.converter.schemas.enable", "true",
            "topic.creation.default.replication.factor", "1", "topic.creation.default.partitions", "1",
            "topic.creation.default.cleanup.policy", "compact").asJson());
        // The source creates the topic, compacted; a sink started first would have the broker create it plain.
        TopicContents kafka = new TopicContents(stack.broker().bootstrapServers());
        Eventually.within(Duration.ofSeconds(60), () -> kafka.topics().contains(TOPIC),
            () -> "topic " + TOPIC + " missing, topics are " + kafka.topics());
        stack.rest().create(ConnectorJson.of("keyed-sink",
            "connector.class", StackUnderTest.SINK_CLASS,
            "connection.url", target.url(), "connection.user", target.user(), "connection.password", target.password(),
            "topics", TOPIC, "table.name.format", "accounts", "insert.mode", "upsert", "pk.mode", "record_key",
            "key.converter", JSON_CONVERTER, "key.converter.schemas.enable", "true").asJson());
        new ConnectorStates(stack.rest()).awaitRunning("keyed-source", "keyed-sink");

        awaitTargetEqualsSource(source, target);
        source.execute("UPDATE accounts SET balance = balance + 100 WHERE id % 5 = 0",
            "UPDATE accounts SET name = 'renamed' WHERE id = 1",
            "INSERT INTO accounts VALUES ('eu', 51, 'late', 0)");
        awaitTargetEqualsSource(source, target);

        assertThat(kafka.config(TOPIC, "cleanup.policy")).isEqualTo("compact");
        JsonNode key = JSON.readTree(kafka.records(TOPIC).get(0).key());
        assertThat(key.path("schema").path("name").asText()).isEqualTo("accounts.Key");
        List<String> keyFields = new ArrayList<>();
        key.path("schema").path("fields").forEach(f -> keyFields.add(f.path("field").asText()));
        assertThat(keyFields).containsExactly("region", "id");
        assertThat(key.path("payload").path("region").asText()).isIn("eu", "us");
        assertThat(target.count("accounts")).as("upserted, never a row twice").isEqualTo(51);
    }

    private static void awaitTargetEqualsSource(Database source, Database target) {
        Eventually.within(Duration.ofSeconds(60), () -> target.rows(ROWS).equals(source.rows(ROWS)),
            () -> "target " + target.rows(ROWS) + "\nsource " + source.rows(ROWS) + "\nsink "
                + new ConnectorStates(stack.rest()).describe("keyed-sink"));
    }
}
