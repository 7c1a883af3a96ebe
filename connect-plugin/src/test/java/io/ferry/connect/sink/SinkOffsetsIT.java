package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** offsets.storage.table: the sink's offsets kept with the rows, so a restart never writes a record twice. */
class SinkOffsetsIT {
    private static final Schema VALUE = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
        .field("name", Schema.OPTIONAL_STRING_SCHEMA).build();
    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);

    private final Database db = PostgresServer.server().createDatabase("offsets");

    /** A keyless table: in insert mode a record written twice shows as a duplicate row. */
    private SinkTaskRunner start(FakeSinkTaskContext context, String connector) {
        db.execute("CREATE TABLE IF NOT EXISTS log (id int, name text NOT NULL)");
        return SinkTaskRunner.start(context, db, "name", connector, "table.name.format", "log",
            "insert.mode", "insert", "pk.mode", "none", "offsets.storage.table", "ferry_sink_offsets");
    }

    private static SinkRecord record(int partition, long offset, String name) {
        Struct value = new Struct(VALUE).put("id", (int) offset).put("name", name);
        return new SinkRecord("t", partition, null, null, VALUE, value, offset);
    }

    private static List<SinkRecord> records(int partition, long from, long to) {
        List<SinkRecord> records = new ArrayList<>();
        for (long offset = from; offset < to; offset++) {
            records.add(record(partition, offset, "r" + offset));
        }
        return records;
    }

    private List<List<Object>> storedOffsets() {
        return db.rows("SELECT connector, topic, kafka_partition, next_offset FROM ferry_sink_offsets "
            + "ORDER BY connector, kafka_partition");
    }

    @Test
    void storesEachPartitionsNextOffsetWithTheRowsInATableItCreates() {
        try (SinkTaskRunner sink = start(FakeSinkTaskContext.plain(), "iris-sink")) {
            sink.task.open(Arrays.asList(P0, P1));
            List<SinkRecord> batch = new ArrayList<>(records(0, 0, 5));
            batch.addAll(records(1, 100, 103));
            sink.putAndCommit(batch);
        }
        assertThat(db.count("log")).isEqualTo(8);
        assertThat(storedOffsets()).containsExactly(Arrays.asList("iris-sink", "t", 0, 5L),
            Arrays.asList("iris-sink", "t", 1, 103L));
    }

    @Test
    void aRestartedTaskSeeksToTheStoredOffsetsAndWritesNoRecordTwice() {
        try (SinkTaskRunner first = start(FakeSinkTaskContext.plain(), "iris-sink")) {
            first.task.open(Collections.singletonList(P0));
            first.task.put(records(0, 0, 10));
            first.commit(); // the rows are written; then the worker dies before it commits Kafka's offsets
        }
        FakeSinkTaskContext context = FakeSinkTaskContext.plain();
        try (SinkTaskRunner second = start(context, "iris-sink")) {
            second.task.open(Collections.singletonList(P0));
            assertThat(context.offsets).containsExactly(entry(P0, 10L));
            second.putAndCommit(records(0, 0, 15)); // Kafka redelivers from its last committed offset
        }
        assertThat(db.rows("SELECT count(*), count(DISTINCT id), max(id) FROM log"))
            .containsExactly(Arrays.asList(15L, 15L, 14));
        System.out.println("SinkOffsetsIT: 10 records written, 15 redelivered after the restart, rows now "
            + db.count("log") + " (none doubled)");
    }

    @Test
    void skipsWrittenRecordsEvenWhenTheOffsetsCouldNotBeReadAtAssignment() {
        try (SinkTaskRunner first = start(FakeSinkTaskContext.plain(), "iris-sink")) {
            first.putAndCommit(records(0, 0, 4));
        }
        try (SinkTaskRunner second = start(FakeSinkTaskContext.plain(), "iris-sink")) {
            second.putAndCommit(records(0, 2, 6)); // no open(): put reads the stored offsets itself
        }
        assertThat(db.rows("SELECT id FROM log ORDER BY id")).extracting(r -> r.get(0)).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void recordsSentToTheDeadLetterQueueCountAsDone() {
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        try (SinkTaskRunner sink = start(context, "iris-sink")) {
            sink.task.put(Arrays.asList(record(0, 0, "a"), record(0, 1, null), record(0, 2, "c")));
            sink.putAndCommit(Arrays.asList(record(0, 3, null))); // a put of bad records only
        }
        assertThat(context.reported).extracting(r -> r.record.kafkaOffset()).containsExactly(1L, 3L);
        assertThat(storedOffsets()).containsExactly(Arrays.asList("iris-sink", "t", 0, 4L));
        FakeSinkTaskContext again = FakeSinkTaskContext.withErrantRecordReporter();
        try (SinkTaskRunner restarted = start(again, "iris-sink")) {
            restarted.putAndCommit(Arrays.asList(record(0, 3, null)));
            assertThat(again.reported).isEmpty();
        }
        assertThat(db.count("log")).isEqualTo(2);
    }

    @Test
    void connectorsSharingTheTableKeepTheirOwnOffsets() {
        try (SinkTaskRunner a = start(FakeSinkTaskContext.plain(), "sink-a")) {
            a.putAndCommit(records(0, 0, 3));
        }
        FakeSinkTaskContext context = FakeSinkTaskContext.plain();
        try (SinkTaskRunner b = start(context, "sink-b")) {
            b.task.open(Collections.singletonList(P0));
            assertThat(context.offsets).isEmpty();
            b.putAndCommit(records(0, 0, 2));
        }
        assertThat(storedOffsets()).containsExactly(Arrays.asList("sink-a", "t", 0, 3L),
            Arrays.asList("sink-b", "t", 0, 2L));
        assertThat(db.count("log")).isEqualTo(5);
    }

    @Test
    void withoutTheCreatePrivilegeTheFailureShowsTheTablesDefinition() {
        String role = "nocreate_" + Integer.toHexString(db.url().hashCode());
        db.execute("CREATE TABLE log (id int, name text NOT NULL)", "CREATE ROLE " + role + " LOGIN PASSWORD 'pw'",
            "GRANT INSERT, SELECT ON log TO " + role, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "name", "s", "table.name.format", "log",
            "offsets.storage.table", "ferry_sink_offsets", "connection.user", role, "connection.password", "pw")) {
            assertThatThrownBy(() -> sink.task.put(records(0, 0, 1)))
                .isInstanceOf(ConnectException.class).hasMessageContaining("42501")
                .hasMessageContaining("CREATE TABLE IF NOT EXISTS \"ferry_sink_offsets\"");
        }
        assertThat(db.count("log")).isZero();
    }

    @Test
    void refusesRecordsWhoseTopicATransformRenamed() {
        try (SinkTaskRunner sink = start(FakeSinkTaskContext.plain(), "iris-sink")) {
            sink.task.open(Collections.singletonList(P0));
            SinkRecord renamed = record(0, 0, "a").newRecord("t_renamed", 0, null, null, VALUE,
                new Struct(VALUE).put("id", 0).put("name", "a"), null);
            assertThatThrownBy(() -> sink.task.put(Collections.singletonList(renamed)))
                .isInstanceOf(ConnectException.class).hasMessageContaining("topic=t_renamed")
                .hasMessageContaining("offsets.storage.table");
        }
        assertThat(db.count("log")).isZero();
    }

    private static java.util.Map.Entry<TopicPartition, Long> entry(TopicPartition partition, long offset) {
        return new java.util.AbstractMap.SimpleEntry<>(partition, offset);
    }
}
