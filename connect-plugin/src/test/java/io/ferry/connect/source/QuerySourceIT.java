package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A custom query in every mode: a join with a WHERE clause of its own (where Confluent's connector
 * appends a second WHERE and fails), published to topic.prefix itself under the query partition.
 */
class QuerySourceIT {
    private static final String QUERY = "SELECT o.id, o.updated_at, o.total, c.name FROM orders o"
        + " JOIN customers c ON c.id = o.customer WHERE o.paid";
    private static Database db;

    @BeforeAll
    static void createTables() {
        db = PostgresServer.server().createDatabase("query_modes");
        db.execute("CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL)",
            "CREATE TABLE orders (id bigserial PRIMARY KEY, customer int NOT NULL REFERENCES customers,"
                + " updated_at timestamptz NOT NULL, total numeric(10,2), paid boolean NOT NULL)",
            "INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace')",
            "INSERT INTO orders (customer, updated_at, total, paid) VALUES"
                + " (1, '2024-05-01 12:00:03+00', 10.00, true), (2, '2024-05-01 12:00:01+00', 20.00, false),"
                + " (2, '2024-05-01 12:00:02.000001+00', 30.50, true), (1, '2024-05-01 12:00:02.000001+00', 40.00, true)");
    }

    private static List<SourceRecord> read(String mode, String... more) throws InterruptedException {
        Map<String, String> props = new HashMap<>(Map.of("mode", mode, "query", QUERY, "table.whitelist", "",
            "topic.prefix", "paid-orders", "incrementing.column.name", mode.contains("incrementing") ? "id" : "",
            "timestamp.column.name", mode.startsWith("timestamp") ? "updated_at" : ""));
        for (int i = 0; i < more.length; i += 2) {
            props.put(more[i], more[i + 1]);
        }
        SourceTaskRunner runner = new SourceTaskRunner(db, props);
        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 3, 15_000);
        records.addAll(SourceTaskRunner.pollUntil(task, runner.context, r -> false, 200));
        task.stop();
        return records;
    }

    private static List<Long> ids(List<SourceRecord> records) {
        return records.stream().map(r -> ((Struct) r.value()).getInt64("id")).collect(Collectors.toList());
    }

    @Test
    void publishesTheQuerysRowsToThePrefixUnderTheQueryPartitionWithAnUnnamedSchema() throws Exception {
        List<SourceRecord> records = read("timestamp+incrementing");

        assertThat(ids(records)).containsExactly(3L, 4L, 1L);
        SourceRecord first = records.get(0);
        assertThat(first.topic()).isEqualTo("paid-orders");
        assertThat(first.key()).isNull();
        assertThat(first.sourcePartition()).isEqualTo(Map.of("query", "query"));
        assertThat(first.sourceOffset()).isEqualTo(Map.of("timestamp", 1_714_564_802_000L, "timestamp_nanos", 1_000L,
            "incrementing", 3L));
        assertThat(first.valueSchema().name()).isNull();
        assertThat(first.valueSchema().fields()).extracting(Field::name).containsExactly("id", "updated_at", "total", "name");
        assertThat(first.valueSchema().field("updated_at").schema().name()).isEqualTo(Timestamp.LOGICAL_NAME);
        assertThat(first.valueSchema().field("total").schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
        assertThat(first.valueSchema().field("id").schema().isOptional()).isFalse();
        assertThat(((Struct) first.value()).get("total")).isEqualTo(new BigDecimal("30.50"));
        assertThat(((Struct) first.value()).getString("name")).isEqualTo("Grace");
    }

    @Test
    void readsTheQueryInBulkIncrementingAndTimestampModeToo() throws Exception {
        assertThat(ids(read("bulk")).subList(0, 3)).as("the first pass").containsExactlyInAnyOrder(1L, 3L, 4L);
        List<SourceRecord> incrementing = read("incrementing");
        assertThat(ids(incrementing)).containsExactly(1L, 3L, 4L);
        assertThat(incrementing.get(2).sourceOffset()).isEqualTo(Map.of("incrementing", 4L));
        List<SourceRecord> timestamp = read("timestamp");
        assertThat(ids(timestamp)).containsExactlyInAnyOrder(1L, 3L, 4L);
        assertThat(timestamp.get(2).sourceOffset()).isEqualTo(Map.of("timestamp", 1_714_564_803_000L,
            "timestamp_nanos", 0L));
    }

    @Test
    void readsAMaskedQueryWithItsSuffix() throws Exception {
        List<SourceRecord> records = read("timestamp+incrementing", "query", "", "query.masked", QUERY + ";",
            "query.suffix", "OFFSET 0");

        assertThat(ids(records)).containsExactly(3L, 4L, 1L);
    }

    @Test
    void resumesAfterAQueryOffsetTheConfluentConnectorStored() throws Exception {
        Map<String, String> props = new HashMap<>(Map.of("mode", "incrementing", "query", QUERY, "table.whitelist", "",
            "topic.prefix", "paid-orders"));
        SourceTaskRunner runner = new SourceTaskRunner(db, props);
        runner.context.store(Map.of("query", "query"), new HashMap<>(Map.of("incrementing", 3L)));
        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 1, 10_000);
        task.stop();

        assertThat(ids(records)).containsExactly(4L);
    }
}
