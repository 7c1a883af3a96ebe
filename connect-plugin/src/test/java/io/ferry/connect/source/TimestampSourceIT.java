package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** The timestamp modes on a real table: Confluent's records and offsets, exact to the microsecond. */
class TimestampSourceIT {
    private static final TableId ORDERS = new TableId("public", "orders");
    private static final Map<String, Object> PARTITION = Map.of("protocol", "1", "table", "public.orders");
    private static final String ORDERS_DDL = "CREATE TABLE orders (id bigserial PRIMARY KEY,"
        + " updated_at timestamptz NOT NULL DEFAULT now(), total numeric(10,2), note text)";

    private static Database ordersDatabase(String name) {
        Database db = PostgresServer.server().createDatabase(name);
        db.execute(ORDERS_DDL);
        return db;
    }

    private static Map<String, String> config(String mode, String... more) {
        Map<String, String> props = new HashMap<>(Map.of("mode", mode, "table.whitelist", "orders",
            "timestamp.column.name", "updated_at", "incrementing.column.name", mode.contains("incrementing") ? "id" : ""));
        for (int i = 0; i < more.length; i += 2) {
            props.put(more[i], more[i + 1]);
        }
        return props;
    }

    private static long id(SourceRecord record) {
        return ((Struct) record.value()).getInt64("id");
    }

    private static List<Long> ids(List<SourceRecord> records) {
        return records.stream().map(TimestampSourceIT::id).collect(Collectors.toList());
    }

    private static List<SourceRecord> readRows(SourceTaskRunner runner, PostgresSourceTask task, int rows)
        throws InterruptedException {
        return SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= rows, 15_000);
    }

    @Test
    void publishesConfluentShapedRecordsWithExactOffsetsInTimestampIncrementingMode() throws Exception {
        Database db = ordersDatabase("ts_shape");
        db.execute("INSERT INTO orders (updated_at, total, note) VALUES"
            + " ('2024-05-01 12:00:00.123456+00', 10.50, 'a'), ('2024-05-01 12:00:00.123456+00', 2.00, 'b'),"
            + " ('2024-05-01 12:00:01.5+00', 7.25, null)");
        SourceTaskRunner runner = new SourceTaskRunner(db, config("timestamp+incrementing"), ORDERS);
        PostgresSourceTask task = runner.start();

        List<SourceRecord> records = readRows(runner, task, 3);
        task.stop();

        assertThat(ids(records)).containsExactly(1L, 2L, 3L);
        SourceRecord first = records.get(0);
        assertThat(first.topic()).isEqualTo("postgres-source-orders");
        assertThat(first.key()).isNull();
        assertThat(first.sourcePartition()).isEqualTo(PARTITION);
        assertThat(first.sourceOffset()).isEqualTo(
            Map.of("timestamp", 1_714_564_800_123L, "timestamp_nanos", 123_456_000L, "incrementing", 1L));
        assertThat(records.get(2).sourceOffset()).isEqualTo(
            Map.of("timestamp", 1_714_564_801_500L, "timestamp_nanos", 500_000_000L, "incrementing", 3L));
        assertThat(first.valueSchema().name()).isEqualTo("orders");
        assertThat(first.valueSchema().field("updated_at").schema().name()).isEqualTo(Timestamp.LOGICAL_NAME);
        assertThat(first.valueSchema().field("total").schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
        Struct value = (Struct) first.value();
        assertThat(((Date) value.get("updated_at")).toInstant()).isEqualTo(Instant.parse("2024-05-01T12:00:00.123Z"));
        assertThat(value.get("total")).isEqualTo(new BigDecimal("10.50"));
    }

    @Test
    void timestampModeReadsEveryRowOfTimestampsSharedAcrossPagesOnceAndOffsetsOnlyWholeTimestamps() throws Exception {
        Database db = ordersDatabase("ts_groups");
        int[] groupSizes = {3, 120, 7, 100, 20};
        for (int g = 0; g < groupSizes.length; g++) {
            db.execute("INSERT INTO orders (updated_at, note) SELECT '2024-05-01 12:00:00+00'::timestamptz + interval '"
                + g + " microseconds', 'g" + g + "' FROM generate_series(1, " + groupSizes[g] + ")");
        }
        SourceTaskRunner runner = new SourceTaskRunner(db, config("timestamp", "batch.max.rows", "50"), ORDERS);
        PostgresSourceTask task = runner.start();

        List<SourceRecord> records = readRows(runner, task, 250);
        records.addAll(SourceTaskRunner.pollUntil(task, runner.context, r -> false, 300));
        task.stop();

        assertThat(ids(records)).containsExactlyInAnyOrderElementsOf(
            LongStream.rangeClosed(1, 250).boxed().collect(Collectors.toList()));
        long previousNanos = -1;
        for (int i = 0; i < records.size(); i++) {
            Map<String, ?> offset = records.get(i).sourceOffset();
            String group = ((Struct) records.get(i).value()).getString("note");
            boolean lastOfGroup = i == records.size() - 1
                || !((Struct) records.get(i + 1).value()).getString("note").equals(group);
            long nanos = offset.isEmpty() ? -1 : (Long) offset.get("timestamp_nanos");
            assertThat(offset).doesNotContainKey("incrementing");
            assertThat(nanos).as("record %d of %s", i, group).isGreaterThanOrEqualTo(previousNanos)
                .isEqualTo(lastOfGroup ? Long.parseLong(group.substring(1)) * 1000 : nanos);
            if (!lastOfGroup) {
                assertThat(nanos).as("a timestamp not read in full is not committed").isLessThan(
                    Long.parseLong(group.substring(1)) * 1000);
            }
            previousNanos = nanos;
        }
    }

    @Test
    void aRestartInsideOneTimestampReadsItsRowsAgainRatherThanSkipSome() throws Exception {
        Database db = ordersDatabase("ts_group_restart");
        db.execute("INSERT INTO orders (updated_at) SELECT '2024-05-01 12:00:00+00' FROM generate_series(1, 30)",
            "INSERT INTO orders (updated_at) VALUES ('2024-05-01 12:00:01+00')");
        SourceTaskRunner runner = new SourceTaskRunner(db, config("timestamp", "batch.max.rows", "10"), ORDERS);
        PostgresSourceTask task = runner.start();
        List<SourceRecord> firstPage = task.poll();
        runner.context.commit(firstPage);
        task.stop();

        task = runner.start();
        List<SourceRecord> after = readRows(runner, task, 31);
        task.stop();

        assertThat(firstPage).hasSize(10);
        assertThat(ids(after)).containsExactlyInAnyOrderElementsOf(
            LongStream.rangeClosed(1, 31).boxed().collect(Collectors.toList()));
    }

    @Test
    void emitsAnUpdatedRowAgainWithItsNewTimestamp() throws Exception {
        Database db = ordersDatabase("ts_update");
        db.execute("INSERT INTO orders (updated_at, note) VALUES (now() - interval '1 hour', 'first'),"
            + " (now() - interval '1 hour', 'second')");
        SourceTaskRunner runner = new SourceTaskRunner(db, config("timestamp+incrementing"), ORDERS);
        PostgresSourceTask task = runner.start();
        assertThat(ids(readRows(runner, task, 2))).containsExactly(1L, 2L);

        db.execute("UPDATE orders SET note = 'changed', updated_at = now() WHERE id = 1");
        List<SourceRecord> update = readRows(runner, task, 1);
        task.stop();

        assertThat(update).singleElement().satisfies(r -> {
            assertThat(id(r)).isEqualTo(1L);
            assertThat(((Struct) r.value()).getString("note")).isEqualTo("changed");
        });
    }

    @Test
    void resumesExactlyAfterAnOffsetTheConfluentConnectorStoredToTheMicrosecond() throws Exception {
        Database db = ordersDatabase("ts_confluent_offset");
        db.execute("INSERT INTO orders (updated_at) VALUES ('2024-05-01 12:00:00.123456+00'),"
            + " ('2024-05-01 12:00:00.123456+00'), ('2024-05-01 12:00:00.123456+00'), ('2024-05-01 12:00:00.123457+00')");
        Map<String, Object> confluentOffset = Map.of("timestamp", 1_714_564_800_123L, "timestamp_nanos", 123_456_000L);

        SourceTaskRunner incrementing = new SourceTaskRunner(db, config("timestamp+incrementing"), ORDERS);
        Map<String, Object> withId = new HashMap<>(confluentOffset);
        withId.put("incrementing", 2L);
        incrementing.context.store(PARTITION, withId);
        PostgresSourceTask task = incrementing.start();
        List<SourceRecord> afterRowTwo = readRows(incrementing, task, 2);
        task.stop();

        SourceTaskRunner timestamp = new SourceTaskRunner(db, config("timestamp"), ORDERS);
        timestamp.context.store(Map.of("table", "orders"), new HashMap<>(confluentOffset)); // protocol 0's partition
        task = timestamp.start();
        List<SourceRecord> afterTheTimestamp = readRows(timestamp, task, 1);
        afterTheTimestamp.addAll(SourceTaskRunner.pollUntil(task, timestamp.context, r -> false, 300));
        task.stop();

        assertThat(ids(afterRowTwo)).containsExactly(3L, 4L);
        assertThat(ids(afterTheTimestamp)).containsExactly(4L);
    }

    @Test
    void startsAtTimestampInitialWhenNoOffsetIsStoredAndAtTheDatabasesTimeWithMinusOne() throws Exception {
        Database db = ordersDatabase("ts_initial");
        db.execute("INSERT INTO orders (updated_at) VALUES ('2024-05-01 11:59:59.999+00'), ('2024-05-01 12:00:00+00'),"
            + " ('2024-05-01 12:00:00.000001+00'), (now() - interval '10 seconds')");
        SourceTaskRunner fixed = new SourceTaskRunner(db, config("timestamp+incrementing",
            "timestamp.initial", "1714564800000"), ORDERS);
        PostgresSourceTask task = fixed.start();
        List<SourceRecord> fromInitial = readRows(fixed, task, 3);
        task.stop();

        SourceTaskRunner now = new SourceTaskRunner(db, config("timestamp", "timestamp.initial", "-1"), ORDERS);
        task = now.start();
        assertThat(SourceTaskRunner.pollUntil(task, now.context, r -> false, 300)).isEmpty();
        db.execute("INSERT INTO orders (updated_at) VALUES (now())");
        List<SourceRecord> fromNow = readRows(now, task, 1);
        task.stop();

        assertThat(ids(fromInitial)).as("Confluent's timestamp+incrementing includes the initial timestamp itself")
            .containsExactly(2L, 3L, 4L);
        assertThat(ids(fromNow)).containsExactly(5L);
    }

    @Test
    void readsTheFirstNonNullOfSeveralTimestampColumnsWithoutTimeZoneInTheDatabaseTimeZone() throws Exception {
        Database db = PostgresServer.server().createDatabase("ts_coalesce");
        db.execute("CREATE TABLE docs (id int PRIMARY KEY, modified_at timestamp, created_at timestamp NOT NULL)",
            "INSERT INTO docs VALUES (1, NULL, '2024-05-01 09:00:00.000007'), (2, '2024-05-01 08:00:00', '2024-05-01 07:00:00'),"
                + " (3, '2024-05-01 10:00:00', '2024-05-01 07:00:00')");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("mode", "timestamp", "table.whitelist", "docs",
            "timestamp.column.name", "modified_at, created_at", "incrementing.column.name", "",
            "db.timezone", "America/New_York"), new TableId("public", "docs"));
        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = readRows(runner, task, 3);
        task.stop();

        assertThat(records).extracting(r -> ((Struct) r.value()).getInt32("id")).containsExactly(2, 1, 3);
        // 09:00:00.000007 in New York (EDT, UTC-4) is 13:00:00.000007Z
        assertThat(records.get(1).sourceOffset()).isEqualTo(Map.of("timestamp", 1_714_568_400_000L,
            "timestamp_nanos", 7_000L));
    }

    @Test
    void leavesRowsYoungerThanTheDelay() throws Exception {
        Database db = ordersDatabase("ts_delay");
        db.execute("INSERT INTO orders (updated_at) VALUES (now() - interval '2 hours'), (now())");
        SourceTaskRunner runner = new SourceTaskRunner(db, config("timestamp+incrementing",
            "timestamp.delay.interval.ms", "3600000"), ORDERS);
        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = SourceTaskRunner.pollUntil(task, runner.context, r -> false, 500);
        task.stop();

        assertThat(ids(records)).containsExactly(1L);
    }

    @Test
    void takesEachTablesColumnsFromTheRegexMappings() throws Exception {
        Database db = PostgresServer.server().createDatabase("ts_mapping");
        db.execute("CREATE TABLE a (a_id int PRIMARY KEY, changed_at timestamptz NOT NULL)",
            "CREATE TABLE b (b_id int PRIMARY KEY, modified_at timestamptz NOT NULL)",
            "INSERT INTO a VALUES (1, '2024-01-01'), (2, '2024-01-02')", "INSERT INTO b VALUES (7, '2024-01-03')");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("mode", "timestamp+incrementing",
            "table.whitelist", "a,b", "incrementing.column.name", "",
            "timestamp.columns.mapping", "public\\.a:[changed_at],public\\.b:[modified_at]",
            "incrementing.column.mapping", "public\\.a:a_id,public\\.b:b_id"),
            new TableId("public", "a"), new TableId("public", "b"));
        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = readRows(runner, task, 3);
        task.stop();

        assertThat(records).extracting(SourceRecord::topic, r -> r.sourceOffset().get("incrementing"))
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("postgres-source-a", 1L),
                org.assertj.core.groups.Tuple.tuple("postgres-source-a", 2L),
                org.assertj.core.groups.Tuple.tuple("postgres-source-b", 7L));
    }

    @Test
    void failsToStartWhenEveryTimestampColumnIsNullableUnlessTold() throws Exception {
        Database db = PostgresServer.server().createDatabase("ts_nullable");
        db.execute("CREATE TABLE notes (id int PRIMARY KEY, seen_at timestamptz)",
            "INSERT INTO notes VALUES (1, '2024-01-01'), (2, NULL)");
        Map<String, String> props = new HashMap<>(Map.of("mode", "timestamp", "table.whitelist", "notes",
            "timestamp.column.name", "seen_at"));
        TableId notes = new TableId("public", "notes");

        assertThatThrownBy(() -> new SourceTaskRunner(db, props, notes).start()).isInstanceOf(ConnectException.class)
            .hasMessageContaining("seen_at").hasMessageContaining("all nullable").hasMessageContaining("validate.non.null");
        props.put("validate.non.null", "false");
        SourceTaskRunner runner = new SourceTaskRunner(db, props, notes);
        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = readRows(runner, task, 1);
        task.stop();
        assertThat(records).extracting(r -> ((Struct) r.value()).getInt32("id")).containsExactly(1);
    }

    @Test
    void holdsRowsStampedAfterTheStartOfAnOpenTransactionUntilItCommitsEvenAcrossARestart() throws Exception {
        Database db = ordersDatabase("ts_frontier");
        db.execute("INSERT INTO orders (updated_at) VALUES (now() - interval '1 minute')");
        SourceTaskRunner runner = new SourceTaskRunner(db, config("timestamp+incrementing"), ORDERS);
        PostgresSourceTask task = runner.start();
        assertThat(ids(readRows(runner, task, 1))).containsExactly(1L);

        try (Connection a = db.connect(); Statement s = a.createStatement()) {
            a.setAutoCommit(false);
            s.execute("SELECT pg_sleep(0.1)"); // A's now() is now fixed
            db.execute("INSERT INTO orders (note) VALUES ('B, later')");
            s.execute("INSERT INTO orders (note) VALUES ('A, stamped earlier')");

            assertThat(SourceTaskRunner.pollUntil(task, runner.context, r -> false, 500)).isEmpty();
            task.stop();
            task = runner.start();
            assertThat(SourceTaskRunner.pollUntil(task, runner.context, r -> false, 500)).isEmpty();

            a.commit();
            List<SourceRecord> records = readRows(runner, task, 2);
            assertThat(records).extracting(r -> ((Struct) r.value()).getString("note"))
                .containsExactly("A, stamped earlier", "B, later");
        } finally {
            task.stop();
        }
    }

    @Test
    void skipsALateCommitLikeConfluentsConnectorWhenTheFrontierIsOff() throws Exception {
        Database db = ordersDatabase("ts_frontier_off");
        SourceTaskRunner runner = new SourceTaskRunner(db, config("timestamp+incrementing",
            "timestamp.commit.max.wait.ms", "0"), ORDERS);
        PostgresSourceTask task = runner.start();

        try (Connection a = db.connect(); Statement s = a.createStatement()) {
            a.setAutoCommit(false);
            s.execute("SELECT pg_sleep(0.1)");
            db.execute("INSERT INTO orders (note) VALUES ('B, later')");
            s.execute("INSERT INTO orders (note) VALUES ('A, stamped earlier')");
            assertThat(ids(readRows(runner, task, 1))).containsExactly(1L);

            a.commit();
            List<SourceRecord> after = new ArrayList<>(SourceTaskRunner.pollUntil(task, runner.context, r -> false, 500));
            assertThat(after).as("A's row is skipped, as Confluent's connector skips it").isEmpty();
        } finally {
            task.stop();
        }
    }
}
