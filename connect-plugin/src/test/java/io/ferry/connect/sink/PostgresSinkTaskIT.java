package io.ferry.connect.sink;

import static io.ferry.connect.sink.KvRecords.kv;
import static io.ferry.connect.sink.KvRecords.tombstone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import io.ferry.testing.IrisRecords;
import io.ferry.testing.IrisTable;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class PostgresSinkTaskIT {
    private static final long T0 = LocalDateTime.of(2024, 5, 1, 12, 30, 15, 123_000_000).toInstant(ZoneOffset.UTC)
        .toEpochMilli();
    private final Database db = PostgresServer.server().createDatabase("sink");

    private static String[] seedSink(String... more) {
        List<String> props = new ArrayList<>(Arrays.asList("table.name.format", "iris_data", "auto.create", "false",
            "auto.evolve", "false", "insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id"));
        props.addAll(Arrays.asList(more));
        return props.toArray(new String[0]);
    }

    private List<List<Object>> kvRows() {
        return db.rows("SELECT id, name FROM kv ORDER BY id");
    }

    @Test
    void upsertsTheSeedsIrisRowsUnchanged() {
        IrisTable.createIn(db);
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, seedSink())) {
            sink.putAndCommit(IrisRecords.record(IrisRecords.row(1, T0, 5.1, 0), 0),
                IrisRecords.record(IrisRecords.row(2, T0 + 1000, 4.9, 1), 1));
        }
        assertThat(db.rows("SELECT id, timestamp, sepal_length, sepal_width, petal_length, petal_width, target "
            + "FROM iris_data ORDER BY id")).containsExactly(
            Arrays.asList(1, Timestamp.valueOf("2024-05-01 12:30:15.123"), 5.1, 3.5, 1.4, 0.2, 0),
            Arrays.asList(2, Timestamp.valueOf("2024-05-01 12:30:16.123"), 4.9, 3.5, 1.4, 0.2, 1));
    }

    @Test
    void upsertsTheLatestValueWhenABatchRepeatsAKey() {
        IrisTable.createIn(db);
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, seedSink())) {
            sink.putAndCommit(IrisRecords.record(IrisRecords.row(1, T0, 1.0, 0), 0),
                IrisRecords.record(IrisRecords.row(2, T0, 2.0, 0), 1),
                IrisRecords.record(IrisRecords.row(1, T0, 3.0, 0), 2));
        }
        assertThat(db.rows("SELECT id, sepal_length FROM iris_data ORDER BY id"))
            .containsExactly(Arrays.asList(1, 3.0), Arrays.asList(2, 2.0));
    }

    @Test
    void upsertsTheLatestValueAcrossBatches() {
        IrisTable.createIn(db);
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, seedSink("batch.size", "2"))) {
            sink.task.put(Arrays.asList(IrisRecords.record(IrisRecords.row(1, T0, 1.0, 0), 0),
                IrisRecords.record(IrisRecords.row(2, T0, 2.0, 0), 1)));
            Eventually.equals("rows written without waiting for an offset commit", () -> db.count("iris_data"), 2L);
            sink.putAndCommit(IrisRecords.record(IrisRecords.row(1, T0, 5.0, 2), 2));
        }
        assertThat(db.rows("SELECT id, sepal_length, target FROM iris_data ORDER BY id"))
            .containsExactly(Arrays.asList(1, 5.0, 2), Arrays.asList(2, 2.0, 0));
    }

    @Test
    void insertModeInsertsEveryRecordAndRejectsADuplicateKey() {
        IrisTable.createIn(db);
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "iris_data")) {
            sink.putAndCommit(IrisRecords.record(IrisRecords.row(1, T0, 1.0, 0), 0),
                IrisRecords.record(IrisRecords.row(2, T0, 2.0, 0), 1));
            assertThat(db.count("iris_data")).isEqualTo(2);
            assertThat(sink.failureOfWriting(IrisRecords.record(IrisRecords.row(1, T0, 9.0, 0), 2)))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("offset=2").hasMessageContaining("iris_data").hasMessageContaining("23505");
        }
        assertThat(db.rows("SELECT id, sepal_length FROM iris_data ORDER BY id"))
            .containsExactly(Arrays.asList(1, 1.0), Arrays.asList(2, 2.0));
    }

    @Test
    void updateModeChangesExistingRowsOnly() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)", "INSERT INTO kv VALUES (1, 'old'), (2, 'keep')");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "insert.mode", "update",
            "pk.mode", "record_key", "pk.fields", "id")) {
            sink.putAndCommit(kv(1, "new", 0), kv(3, "absent", 1));
        }
        assertThat(kvRows()).containsExactly(Arrays.asList(1, "new"), Arrays.asList(2, "keep"));
    }

    @Test
    void deletesTheRowOfATombstoneInRecordOrder() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)", "INSERT INTO kv VALUES (1, 'a'), (2, 'b')");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "insert.mode", "upsert",
            "pk.mode", "record_key", "pk.fields", "id", "delete.enabled", "true")) {
            sink.putAndCommit(tombstone(1, 0), kv(3, "c", 1), tombstone(3, 2), kv(2, "b2", 3), tombstone(2, 4),
                kv(2, "b3", 5));
        }
        assertThat(kvRows()).containsExactly(Arrays.asList(2, "b3"));
    }

    @Test
    void deletesInInsertModeAfterTheInsertOfTheSameKey() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "pk.mode", "record_key",
            "pk.fields", "id", "delete.enabled", "true")) {
            sink.putAndCommit(kv(1, "a", 0), tombstone(1, 1), kv(1, "again", 2), kv(2, "b", 3));
        }
        assertThat(kvRows()).containsExactly(Arrays.asList(1, "again"), Arrays.asList(2, "b"));
    }

    @Test
    void writesIntoASchemaQualifiedTableOfTheTopicsName() {
        db.execute("CREATE SCHEMA staging", "CREATE TABLE staging.\"t_copy\" (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "staging.${topic}_copy")) {
            sink.putAndCommit(kv(1, "a", 0));
        }
        assertThat(db.rows("SELECT id, name FROM staging.t_copy")).containsExactly(Arrays.asList(1, "a"));
    }

    @Test
    void aMissingTableFailsNamingItAndAutoCreate() {
        try (SinkTaskRunner sink = SinkTaskRunner.start(FakeSinkTaskContext.withErrantRecordReporter(), db,
            "table.name.format", "nowhere")) {
            assertThatThrownBy(() -> sink.task.put(Arrays.asList(kv(1, "a", 0))))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("\"nowhere\"").hasMessageContaining("auto.create is off");
            assertThat(sink.context.reported).isEmpty();
        }
    }

    @Test
    void aFieldWithoutColumnFailsNamingFieldTableAndRecord() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv")) {
            assertThatThrownBy(() -> sink.task.put(Arrays.asList(kv(1, "a", 7))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("'name'")
                .hasMessageContaining("\"kv\"").hasMessageContaining("offset=7").hasMessageContaining("auto.evolve");
        }
    }

    @Test
    void aFieldWithoutColumnIsTheRecordsFaultAndGoesToTheDeadLetterQueue() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY)");
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        Schema idSchema = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).build();
        SinkRecord idOnly = new SinkRecord("t", 0, null, null, idSchema, new Struct(idSchema).put("id", 2), 8);
        try (SinkTaskRunner sink = SinkTaskRunner.start(context, db, "table.name.format", "kv")) {
            sink.putAndCommit(kv(1, "a", 7), idOnly);
        }
        assertThat(context.reported).singleElement().satisfies(r -> {
            assertThat(r.record.kafkaOffset()).isEqualTo(7);
            assertThat(r.error).hasMessageContaining("'name'").hasMessageContaining("auto.evolve");
        });
        assertThat(db.rows("SELECT id FROM kv")).containsExactly(Arrays.asList(2));
    }

    @Test
    void aRecordWithoutValueSchemaFailsNamingIt() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv")) {
            SinkRecord schemaless = new SinkRecord("t", 3, null, null, null, Collections.singletonMap("id", 1), 12);
            assertThatThrownBy(() -> sink.task.put(Arrays.asList(schemaless)))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("topic=t partition=3 offset=12").hasMessageContaining("no value schema");
        }
    }

    @Test
    void aConstraintViolationFailsNamingRecordTableColumnAndSqlState() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text NOT NULL)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv")) {
            assertThat(sink.failureOfWriting(kv(1, "a", 10), kv(2, null, 11), kv(3, "c", 12)))
                .as("a non-retriable failure stops the task").isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class)
                .hasMessageContaining("topic=t partition=0 offset=11").hasMessageContaining("kv")
                .hasMessageContaining("column name").hasMessageContaining("SQLState 23502");
        }
        assertThat(db.count("kv")).as("nothing of the failed batch is committed").isZero();
    }

    @Test
    void aWriteThatFailsOnTheWritersThreadFailsTheNextPutNamingTheRecord() throws InterruptedException {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text NOT NULL)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv")) {
            sink.task.put(Arrays.asList(kv(1, null, 5)));
            Throwable failure = null;
            for (int i = 0; i < 1000 && failure == null; i++) {
                Thread.sleep(20);
                failure = catchThrowable(() -> sink.task.put(Arrays.asList(kv(2, "b", 6))));
            }
            assertThat(failure).isInstanceOf(ConnectException.class).hasMessageContaining("offset=5")
                .hasMessageContaining("SQLState 23502");
        }
        assertThat(db.count("kv")).isZero();
    }

    @Test
    void aValueTheServerRejectsWithoutNamingItsColumnFailsNamingTheColumn() {
        db.execute("CREATE TABLE kv (id int, name varchar(5), qty int)");
        Schema schema = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).field("name", Schema.STRING_SCHEMA)
            .field("qty", Schema.STRING_SCHEMA).build();
        SinkRecord tooLong = new SinkRecord("t", 1, null, null, schema,
            new Struct(schema).put("id", 1).put("name", "much too long").put("qty", "3"), 30);
        SinkRecord notANumber = new SinkRecord("t", 1, null, null, schema,
            new Struct(schema).put("id", 2).put("name", "ok").put("qty", "lots"), 31);
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv")) {
            assertThat(sink.failureOfWriting(tooLong))
                .hasMessageContaining("topic=t partition=1 offset=30").hasMessageContaining("(column name)")
                .hasMessageContaining("SQLState 22001");
        }
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv")) {
            assertThat(sink.failureOfWriting(notANumber))
                .hasMessageContaining("offset=31").hasMessageContaining("(column qty)")
                .hasMessageContaining("SQLState 22P02");
        }
        assertThat(db.count("kv")).isZero();
    }

    @Test
    void aValueOfATypeTheColumnCannotTakeIsBadDataNamingItsColumn() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, qty int)");
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        Schema good = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).field("qty", Schema.INT32_SCHEMA).build();
        Schema flag = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).field("qty", Schema.BOOLEAN_SCHEMA)
            .build();
        try (SinkTaskRunner sink = SinkTaskRunner.start(context, db, "table.name.format", "kv")) {
            sink.putAndCommit(new SinkRecord("t", 0, null, null, good, new Struct(good).put("id", 1).put("qty", 5), 40),
                new SinkRecord("t", 0, null, null, flag, new Struct(flag).put("id", 2).put("qty", true), 41));
        }
        assertThat(context.reported).singleElement().satisfies(r -> {
            assertThat(r.record.kafkaOffset()).isEqualTo(41);
            assertThat(r.error).hasMessageContaining("(column qty)").hasMessageContaining("42804");
        });
        assertThat(db.rows("SELECT id, qty FROM kv")).containsExactly(Arrays.asList(1, 5));
    }

    @Test
    void reportsARecordWithBadDataAndWritesTheOthers() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text CHECK (name <> 'bad'))");
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        try (SinkTaskRunner sink = SinkTaskRunner.start(context, db, "table.name.format", "kv")) {
            sink.putAndCommit(kv(1, "a", 20), kv(2, "bad", 21), kv(3, "c", 22));
        }
        assertThat(kvRows()).containsExactly(Arrays.asList(1, "a"), Arrays.asList(3, "c"));
        assertThat(context.reported).singleElement().satisfies(r -> {
            assertThat(r.record.kafkaOffset()).isEqualTo(21);
            assertThat(r.error).hasMessageContaining("23514");
        });
    }

    @Test
    void neverReportsAMissingPrivilegeAsBadData() {
        String role = "reader_" + Integer.toHexString(db.url().hashCode());
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)",
            "CREATE ROLE " + role + " LOGIN PASSWORD 'secret'");
        db.execute("GRANT SELECT ON kv TO " + role, "GRANT USAGE ON SCHEMA public TO " + role);
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        try (SinkTaskRunner sink = SinkTaskRunner.start(context, db, "table.name.format", "kv",
            "connection.user", role, "connection.password", "secret")) {
            assertThat(sink.failureOfWriting(kv(1, "a", 0)))
                .isInstanceOf(ConnectException.class).hasMessageContaining("42501")
                .hasMessageContaining("not because of the record");
        }
        assertThat(context.reported).isEmpty();
    }

    @Test
    void neverQuotingWritesMixedCaseFieldsIntoTheColumnsPostgresFoldedThemTo() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        Schema schema = SchemaBuilder.struct().name("kv").field("Id", Schema.INT32_SCHEMA)
            .field("NAME", Schema.OPTIONAL_STRING_SCHEMA).build();
        SinkRecord record = new SinkRecord("t", 0, null, null, schema, new Struct(schema).put("Id", 1).put("NAME", "a"), 0);
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv",
            "quote.sql.identifiers", "never")) {
            sink.putAndCommit(record);
        }
        assertThat(kvRows()).containsExactly(Arrays.asList(1, "a"));
    }
}
