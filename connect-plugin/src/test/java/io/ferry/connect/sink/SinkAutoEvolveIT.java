package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.testing.BlockingCall;
import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.TableStructure;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** auto.evolve against a real PostgreSQL: columns added for new fields, never taken away. */
class SinkAutoEvolveIT {
    /** The first version of the records: the table's columns. */
    private static final Schema V1 = SchemaBuilder.struct().name("item").field("id", Schema.INT32_SCHEMA)
        .field("name", Schema.OPTIONAL_STRING_SCHEMA).build();
    /** The second: an optional field and a required one with a default. */
    private static final Schema V2 = SchemaBuilder.struct().name("item").field("id", Schema.INT32_SCHEMA)
        .field("name", Schema.OPTIONAL_STRING_SCHEMA).field("colour", Schema.OPTIONAL_STRING_SCHEMA)
        .field("qty", SchemaBuilder.int32().defaultValue(1).build()).build();
    /** A required field without a default, which cannot be added. */
    private static final Schema REQUIRED = SchemaBuilder.struct().name("item").field("id", Schema.INT32_SCHEMA)
        .field("name", Schema.OPTIONAL_STRING_SCHEMA).field("price", Schema.INT64_SCHEMA).build();

    private final Database db = PostgresServer.server().createDatabase("autoevolve");

    private static SinkRecord v1(String topic, int id, long offset) {
        return new SinkRecord(topic, 0, null, null, V1, new Struct(V1).put("id", id).put("name", "v1-" + id), offset);
    }

    private static SinkRecord v2(String topic, int id, long offset) {
        return new SinkRecord(topic, 0, null, null, V2, new Struct(V2).put("id", id).put("name", "v2-" + id)
            .put("colour", "red").put("qty", 5), offset);
    }

    private static SinkRecord required(String topic, int id, long offset) {
        return new SinkRecord(topic, 0, null, null, REQUIRED, new Struct(REQUIRED).put("id", id).put("name", "r")
            .put("price", 100L), offset);
    }

    private SinkTaskRunner evolving(FakeSinkTaskContext context, String... config) {
        List<String> props = new ArrayList<>(Arrays.asList("table.name.format", "${topic}", "auto.evolve", "true",
            "pk.mode", "record_value", "pk.fields", "id", "insert.mode", "upsert"));
        props.addAll(Arrays.asList(config));
        return SinkTaskRunner.start(context, db, props.toArray(new String[0]));
    }

    private List<List<Object>> items(String table) {
        return db.rows("SELECT id, name, colour, qty FROM " + table + " ORDER BY id");
    }

    @Test
    void addsANullableColumnForANewOptionalFieldAndOneWithTheDefaultOfANewFieldThatHasOne() {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = evolving(FakeSinkTaskContext.plain())) {
            sink.putAndCommit(v1("items", 1, 0));
            sink.putAndCommit(v2("items", 2, 1));
        }
        assertThat(TableStructure.of(db, "public", "items").columns()).containsExactly("id integer NOT NULL",
            "name text", "colour text", "qty integer DEFAULT 1");
        assertThat(items("items")).as("the row written before has the new columns' defaults")
            .containsExactly(Arrays.asList(1, "v1-1", null, 1), Arrays.asList(2, "v2-2", "red", 5));
    }

    @Test
    void oldAndNewRecordsMixedInOneBatchAreBothWritten() {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = evolving(FakeSinkTaskContext.plain())) {
            sink.putAndCommit(v1("items", 1, 0), v2("items", 2, 1), v1("items", 3, 2), v2("items", 4, 3),
                v1("items", 2, 4));
        }
        assertThat(items("items")).containsExactly(Arrays.asList(1, "v1-1", null, 1),
            Arrays.asList(2, "v1-2", "red", 5), Arrays.asList(3, "v1-3", null, 1), Arrays.asList(4, "v2-4", "red", 5));
    }

    @Test
    void rowsOfBothShapesWaitingForTheWriterAreWrittenIntoTheEvolvedTable() throws Exception {
        db.execute("CREATE TABLE busy (id int PRIMARY KEY, name text)", "CREATE TABLE items (id int PRIMARY KEY, "
            + "name text)");
        try (SinkTaskRunner sink = evolving(FakeSinkTaskContext.plain());
             Connection locker = db.connect(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE busy IN ACCESS EXCLUSIVE MODE");
            sink.task.put(Arrays.asList(v1("busy", 1, 0))); // the writer takes it and waits for the lock
            db.awaitSessionWaitingForLock();
            sink.task.put(Arrays.asList(v1("items", 1, 1))); // waits, checked against the table as it was
            sink.task.put(Arrays.asList(v2("items", 2, 2))); // evolves the table while the first waits
            assertThat(TableStructure.of(db, "public", "items").columns()).hasSize(4);
            locker.rollback();
            sink.commit();
        }
        assertThat(items("items")).containsExactly(Arrays.asList(1, "v1-1", null, 1),
            Arrays.asList(2, "v2-2", "red", 5));
    }

    @Test
    void aPutEvolvesATableTheWriterIsWritingIntoOnceTheWriteCommits() throws Exception {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = evolving(FakeSinkTaskContext.plain());
             Connection locker = db.connect(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE items IN SHARE MODE");
            sink.task.put(Arrays.asList(v1("items", 1, 0))); // the writer takes it and waits for the lock
            db.awaitSessionWaitingForLock();
            BlockingCall<Void> evolving = BlockingCall.<Void>start("putter", () -> {
                sink.task.put(Arrays.asList(v2("items", 2, 1))); // the ALTER waits behind the writer
                return null;
            }).awaitWaitingOrReturned();
            assertThat(evolving.returned()).isFalse();
            locker.rollback();
            evolving.result();
            sink.commit();
        }
        assertThat(items("items")).containsExactly(Arrays.asList(1, "v1-1", null, 1),
            Arrays.asList(2, "v2-2", "red", 5));
    }

    @Test
    void aRecordThatLacksAColumnLeavesItNullOrDefaultAndNothingIsDropped() {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, name text, colour text, qty int DEFAULT 1, extra text)");
        try (SinkTaskRunner sink = evolving(FakeSinkTaskContext.plain())) {
            sink.putAndCommit(v2("items", 1, 0), v1("items", 2, 1));
        }
        assertThat(TableStructure.of(db, "public", "items").columns()).hasSize(5);
        assertThat(items("items")).containsExactly(Arrays.asList(1, "v2-1", "red", 5),
            Arrays.asList(2, "v1-2", null, 1));
    }

    @Test
    void aNewRequiredFieldWithoutDefaultStopsTheTaskNamingRecordTableAndField() {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = evolving(FakeSinkTaskContext.plain())) {
            assertThatThrownBy(() -> sink.task.put(Arrays.asList(v1("items", 1, 0), required("items", 2, 1))))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("topic=items partition=0 offset=1").hasMessageContaining("table items")
                .hasMessageContaining("field 'price'");
        }
        assertThat(TableStructure.of(db, "public", "items").columns()).hasSize(2);
    }

    @Test
    void aNewRequiredFieldWithoutDefaultGoesToTheDeadLetterQueueAndTheRestFlow() {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        try (SinkTaskRunner sink = evolving(context)) {
            sink.putAndCommit(v1("items", 1, 0), required("items", 2, 1), v2("items", 3, 2), required("items", 4, 3));
        }
        assertThat(context.reported).extracting(r -> r.record.kafkaOffset()).containsExactly(1L, 3L);
        assertThat(context.reported.get(0).error).hasMessageContaining("field 'price'");
        assertThat(items("items")).containsExactly(Arrays.asList(1, "v1-1", null, 1),
            Arrays.asList(3, "v2-3", "red", 5));
    }

    @Test
    void withAutoCreateTooAMissingTableIsCreatedThenEvolved() {
        try (SinkTaskRunner sink = evolving(FakeSinkTaskContext.plain(), "auto.create", "true")) {
            sink.putAndCommit(v1("items", 1, 0));
            sink.putAndCommit(v2("items", 2, 1));
        }
        assertThat(TableStructure.of(db, "public", "items").columns()).containsExactly("id integer NOT NULL",
            "name text", "colour text", "qty integer DEFAULT 1");
        assertThat(TableStructure.of(db, "public", "items").primaryKey()).containsExactly("id");
    }

    @Test
    void tasksAddingTheSameColumnsAtOnceAllWrite() throws Exception {
        for (int round = 0; round < 5; round++) {
            String table = "raced_" + round;
            db.execute("CREATE TABLE " + table + " (id int PRIMARY KEY, name text)");
            SinkTaskRunner.putAtOnce(() -> evolving(FakeSinkTaskContext.plain()), Arrays.asList(v2(table, 0, 0),
                v2(table, 1, 1), v2(table, 2, 2)));
            assertThat(items(table)).as(table).hasSize(3).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("red"));
        }
    }
}
