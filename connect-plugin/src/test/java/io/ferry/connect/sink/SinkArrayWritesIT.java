package io.ferry.connect.sink;

import static io.ferry.connect.sink.KvRecords.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** Inserts and upserts go as one array statement per batch.size rows, and fail as the row-at-a-time ones do. */
class SinkArrayWritesIT {
    private static final Schema TAGGED = SchemaBuilder.struct().name("tagged")
        .field("id", Schema.INT32_SCHEMA).field("name", Schema.OPTIONAL_STRING_SCHEMA)
        .field("tag", Schema.OPTIONAL_STRING_SCHEMA).build();

    private final Database db = PostgresServer.server().createDatabase("arrays");

    /** Records the text and transaction of every INSERT statement run on the table. */
    private void createWatchedTable(String table, String columns) {
        db.execute("CREATE TABLE " + table + " (" + columns + ")",
            "CREATE TABLE statements (txid bigint, query text)",
            "CREATE FUNCTION watch() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN INSERT INTO statements VALUES (txid_current(), current_query()); RETURN NULL; END $$",
            "CREATE TRIGGER watched AFTER INSERT ON " + table + " FOR EACH STATEMENT EXECUTE FUNCTION watch()");
    }

    private long arrayStatements() {
        return (Long) db.rows("SELECT count(*) FROM statements WHERE query LIKE '%unnest(%'").get(0).get(0);
    }

    private List<List<Object>> kvRows() {
        return db.rows("SELECT id, name FROM kv ORDER BY id");
    }

    private static SinkRecord tagged(int id, String name, String tag, long offset) {
        return new SinkRecord("t", 0, null, null, TAGGED, new Struct(TAGGED).put("id", id).put("name", name)
            .put("tag", tag), offset);
    }

    @Test
    void upsertsTheLastValueOfAKeyRepeatedWithinABatchInOneStatement() {
        createWatchedTable("kv", "id int PRIMARY KEY, name text");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "insert.mode", "upsert",
            "pk.mode", "record_key", "pk.fields", "id")) {
            sink.putAndCommit(kv(1, "first", 0), kv(2, "two", 1), kv(1, "second", 2), kv(3, null, 3), kv(1, "last", 4),
                kv(3, "three", 5));
        }
        assertThat(kvRows()).containsExactly(Arrays.asList(1, "last"), Arrays.asList(2, "two"),
            Arrays.asList(3, "three"));
        assertThat(db.count("statements")).isEqualTo(1);
        assertThat(arrayStatements()).isEqualTo(1);
    }

    @Test
    void writesOneStatementPerBatchSizeRowsInOneTransaction() {
        createWatchedTable("kv", "id int PRIMARY KEY, name text");
        List<SinkRecord> records = new ArrayList<>();
        for (int id = 0; id < 1000; id++) {
            records.add(kv(id, id % 7 == 0 ? null : "n" + id, id));
        }
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "batch.size", "300")) {
            sink.putAndCommit(records);
        }
        assertThat(db.count("kv")).isEqualTo(1000);
        assertThat(db.rows("SELECT count(*) FROM kv WHERE name IS NULL").get(0).get(0)).isEqualTo(143L);
        assertThat(db.rows("SELECT name FROM kv WHERE id = 999")).containsExactly(Arrays.asList("n999"));
        assertThat(arrayStatements()).as("statements of 300, 300, 300 and 100 rows").isEqualTo(4);
        assertThat(db.rows("SELECT count(DISTINCT txid) FROM statements").get(0).get(0)).isEqualTo(1L);
    }

    @Test
    void reportsABadValueInTheMiddleOfABatchNamingItsRecordAndColumnAndWritesTheOthers() {
        db.execute("CREATE TABLE tagged (id int PRIMARY KEY, name text, tag uuid)");
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        List<SinkRecord> records = new ArrayList<>();
        for (int id = 0; id < 100; id++) {
            String tag = id == 50 ? "not-a-uuid" : "0b6f7c1e-9d3a-4a3e-8f1e-2c7d5b9a4e11";
            records.add(tagged(id, "n" + id, tag, 100 + id));
        }
        try (SinkTaskRunner sink = SinkTaskRunner.start(context, db, "table.name.format", "tagged")) {
            sink.putAndCommit(records);
        }
        assertThat(context.reported).singleElement().satisfies(r -> {
            assertThat(r.record.kafkaOffset()).isEqualTo(150);
            assertThat(r.error).hasMessageContaining("topic=t partition=0 offset=150").hasMessageContaining("tagged")
                .hasMessageContaining("(column tag)").hasMessageContaining("22P02");
        });
        assertThat(db.count("tagged")).isEqualTo(99);
    }

    @Test
    void aBadValueInTheMiddleOfABatchFailsNamingItsRecordAndColumnAndWritesNothing() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name varchar(5))");
        List<SinkRecord> records = new ArrayList<>();
        for (int id = 0; id < 100; id++) {
            records.add(kv(id, id == 37 ? "much too long" : "n" + id, 1000 + id));
        }
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "insert.mode", "upsert",
            "pk.mode", "record_key", "pk.fields", "id")) {
            assertThat(sink.failureOfWriting(records.toArray(new SinkRecord[0]))).isInstanceOf(ConnectException.class)
                .hasMessageContaining("topic=t partition=0 offset=1037").hasMessageContaining("(column name)")
                .hasMessageContaining("SQLState 22001");
        }
        assertThat(db.count("kv")).isZero();
    }

    @Test
    void writesAFieldWhoseSchemaChangesWithinABatchRowByRow() {
        createWatchedTable("kv", "id int PRIMARY KEY, name text");
        Schema numeric = SchemaBuilder.struct().name("kv").field("id", Schema.INT64_SCHEMA)
            .field("name", Schema.OPTIONAL_STRING_SCHEMA).build();
        Struct value = new Struct(numeric).put("id", 5L).put("name", "w");
        SinkRecord wide = new SinkRecord("t", 0, null, null, numeric, value, 2);
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv")) {
            sink.putAndCommit(kv(1, "a", 0), kv(2, "b", 1), wide);
        }
        assertThat(kvRows()).containsExactly(Arrays.asList(1, "a"), Arrays.asList(2, "b"), Arrays.asList(5, "w"));
        assertThat(arrayStatements()).isZero();
    }

    @Test
    void writesStringsIntoAnEnumOfAnotherSchemaAsArrays() {
        db.execute("CREATE SCHEMA \"MyTypes\"", "CREATE TYPE \"MyTypes\".\"Mood\" AS ENUM ('happy', 'sad')");
        createWatchedTable("tagged", "id int PRIMARY KEY, name text, tag \"MyTypes\".\"Mood\"");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "tagged",
            "quote.sql.identifiers", "never")) {
            sink.putAndCommit(tagged(1, "a", "happy", 0), tagged(2, "b", null, 1), tagged(3, "c", "sad", 2));
        }
        assertThat(db.rows("SELECT id, tag::text FROM tagged ORDER BY id")).containsExactly(Arrays.asList(1, "happy"),
            Arrays.asList(2, null), Arrays.asList(3, "sad"));
        assertThat(arrayStatements()).as("the type named as the catalog has it, even with quoting off").isEqualTo(1);
    }

    @Test
    void reportsAStringThatIsNoValueOfItsEnumNamingItsRecordAndColumn() {
        db.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')", "CREATE TABLE tagged (id int, name text, tag mood)");
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        try (SinkTaskRunner sink = SinkTaskRunner.start(context, db, "table.name.format", "tagged")) {
            sink.putAndCommit(tagged(1, "a", "happy", 0), tagged(2, "b", "grumpy", 1), tagged(3, "c", "sad", 2));
        }
        assertThat(context.reported).singleElement().satisfies(r -> {
            assertThat(r.record.kafkaOffset()).isEqualTo(1);
            assertThat(r.error).hasMessageContaining("(column tag)").hasMessageContaining("22P02");
        });
        assertThat(db.rows("SELECT id, tag::text FROM tagged ORDER BY id")).containsExactly(Arrays.asList(1, "happy"),
            Arrays.asList(3, "sad"));
    }

    @Test
    void writesAColumnThatIsNullInEveryRowOfABatch() {
        createWatchedTable("tagged", "id int PRIMARY KEY, name text, tag uuid");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "tagged")) {
            sink.putAndCommit(tagged(1, null, null, 0), tagged(2, null, null, 1));
        }
        assertThat(db.rows("SELECT id, name, tag FROM tagged ORDER BY id")).containsExactly(
            Arrays.asList(1, null, null), Arrays.asList(2, null, null));
        assertThat(arrayStatements()).isEqualTo(1);
    }

    @Test
    void writesNullsOfAFieldOfATypeTheColumnCannotTakeAsArrays() {
        createWatchedTable("tagged", "id int PRIMARY KEY, name text, tag uuid");
        Schema numbered = SchemaBuilder.struct().name("tagged").field("id", Schema.INT32_SCHEMA)
            .field("name", Schema.OPTIONAL_STRING_SCHEMA).field("tag", Schema.OPTIONAL_INT32_SCHEMA).build();
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "tagged")) {
            sink.putAndCommit(new SinkRecord("t", 0, null, null, numbered, new Struct(numbered).put("id", 1), 0),
                new SinkRecord("t", 0, null, null, numbered, new Struct(numbered).put("id", 2).put("name", "b"), 1));
        }
        assertThat(db.rows("SELECT id, name, tag FROM tagged ORDER BY id")).containsExactly(
            Arrays.asList(1, null, null), Arrays.asList(2, "b", null));
        assertThat(arrayStatements()).as("nulls alone travel as the column's type").isEqualTo(1);
    }

    @Test
    void writesAsArraysWithTheDriverInSimpleQueryMode() {
        createWatchedTable("kv", "id int PRIMARY KEY, name text");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "connection.url", db.url() + "?preferQueryMode=simple",
            "table.name.format", "kv", "insert.mode", "upsert", "pk.mode", "record_key", "pk.fields", "id")) {
            sink.putAndCommit(kv(1, "a'b", 0), kv(2, null, 1), kv(3, "{\"x\", NULL}", 2));
        }
        assertThat(kvRows()).containsExactly(Arrays.asList(1, "a'b"), Arrays.asList(2, null),
            Arrays.asList(3, "{\"x\", NULL}"));
        assertThat(arrayStatements()).isEqualTo(1);
    }
}
