package io.ferry.connect.sink;

import static io.ferry.connect.sink.AutoCreateRecords.DEFAULTS;
import static io.ferry.connect.sink.AutoCreateRecords.EVERY_TYPE;
import static io.ferry.connect.sink.AutoCreateRecords.everyValue;
import static io.ferry.testing.ConfluentTables.DEFAULTS_AS_TEXT;
import static io.ferry.testing.ConfluentTables.DEFAULT_COLUMNS_AS_TEXT;
import static io.ferry.testing.ConfluentTables.EVERY_COLUMN_AS_TEXT;
import static io.ferry.testing.ConfluentTables.EVERY_VALUE_AS_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.ConfluentTables;
import io.ferry.testing.Database;
import io.ferry.testing.TableStructure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** auto.create against a real PostgreSQL: the table Confluent's dialect would create, and the rows in it. */
class SinkAutoCreateIT {
    private static final Schema KEY = SchemaBuilder.struct().field("region", Schema.STRING_SCHEMA)
        .field("no", Schema.INT32_SCHEMA).build();
    private static final Schema ORDER = SchemaBuilder.struct().field("no", Schema.INT32_SCHEMA)
        .field("item", Schema.OPTIONAL_STRING_SCHEMA).field("qty", SchemaBuilder.int32().defaultValue(1).build())
        .build();

    private final Database db = PostgresServer.server().createDatabase("autocreate");

    private static SinkRecord record(String topic, Schema schema, Struct value, long offset) {
        return new SinkRecord(topic, 0, null, null, schema, value, offset);
    }

    private static SinkRecord order(String topic, String region, int no, long offset) {
        return new SinkRecord(topic, 0, KEY, new Struct(KEY).put("region", region).put("no", no), ORDER,
            new Struct(ORDER).put("no", no).put("item", "item" + no).put("qty", 2), offset);
    }

    private TableStructure confluents(String table, String columns) {
        return ConfluentTables.create(db, "confluent", table, columns);
    }

    private void write(String table, List<SinkRecord> records, String... config) {
        List<String> props = new ArrayList<>(Arrays.asList("table.name.format", table, "auto.create", "true"));
        props.addAll(Arrays.asList(config));
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, props.toArray(new String[0]))) {
            sink.putAndCommit(records);
        }
    }

    @Test
    void createsTheTableConfluentsDialectCreatesForEveryTypeAndWritesTheRowsUnchanged() {
        write("every_type", Arrays.asList(record("t", EVERY_TYPE, everyValue(1), 0),
            record("t", EVERY_TYPE, new Struct(EVERY_TYPE).put("id", 2L), 1)),
            "insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id");

        assertThat(TableStructure.of(db, "public", "every_type")).isEqualTo(confluents("every_type",
            ConfluentTables.EVERY_TYPE));
        assertThat(db.rows("SELECT " + EVERY_COLUMN_AS_TEXT + " FROM every_type ORDER BY id"))
            .containsExactly(EVERY_VALUE_AS_TEXT, new ArrayList<>(Collections.nCopies(EVERY_VALUE_AS_TEXT.size(), null)));
    }

    @Test
    void declaresEveryTypesDefaultSoThatItReadsBackAsTheFieldsDefault() {
        write("defaults", Arrays.asList(record("t", DEFAULTS, new Struct(DEFAULTS), 0)));

        TableStructure created = TableStructure.of(db, "public", "defaults");
        assertThat(created).isEqualTo(confluents("defaults", ConfluentTables.DEFAULTS));
        db.execute("INSERT INTO defaults DEFAULT VALUES", "INSERT INTO confluent.defaults DEFAULT VALUES");
        assertThat(db.rows("SELECT " + DEFAULT_COLUMNS_AS_TEXT + " FROM defaults"))
            .as("the record's row, then one of defaults alone").containsExactly(DEFAULTS_AS_TEXT, DEFAULTS_AS_TEXT);
        assertThat(db.rows("SELECT " + DEFAULT_COLUMNS_AS_TEXT + " FROM confluent.defaults"))
            .containsExactly(DEFAULTS_AS_TEXT);
    }

    @Test
    void declaresTheFloatingPointDefaultsSqlHasNoNumberFor() {
        Schema special = SchemaBuilder.struct().field("nan", SchemaBuilder.float64().defaultValue(Double.NaN).build())
            .field("inf", SchemaBuilder.float32().defaultValue(Float.POSITIVE_INFINITY).build())
            .field("minus_inf", SchemaBuilder.float64().defaultValue(Double.NEGATIVE_INFINITY).build()).build();
        write("special", Arrays.asList(record("t", special, new Struct(special), 0)));
        db.execute("INSERT INTO special DEFAULT VALUES");
        assertThat(db.rows("SELECT nan::text, inf::text, minus_inf::text FROM special"))
            .containsExactly(Arrays.asList("NaN", "Infinity", "-Infinity"), Arrays.asList("NaN", "Infinity",
                "-Infinity"));
    }

    /**
     * The sink's write options shape the table auto.create makes as they shape the rows written:
     * timestamp.fields.list declares TIMESTAMPs (whatever the first record holds), and a default,
     * like a value, is written in db.timezone and date.timezone.
     */
    @Test
    void timestampFieldsAndDateTimezoneShapeTheCreatedTableAsTheRowsWritten() {
        java.util.Date march10 = new java.util.Date(LocalDate.of(2024, 3, 10).toEpochDay() * 86_400_000L);
        Schema epochs = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
            .field("at", Schema.OPTIONAL_INT64_SCHEMA)
            .field("at_text", SchemaBuilder.string().defaultValue("1714566615123456").build())
            .field("day", Date.builder().optional().defaultValue(march10).build()).build();
        write("epochs", Arrays.asList(record("t", epochs, new Struct(epochs).put("id", 1).put("at_text", "0"), 0),
            record("t", epochs, new Struct(epochs).put("id", 2).put("at", 1_714_566_615_123_456L)
                .put("at_text", "1714566615123456").put("day", march10), 1)),
            "pk.mode", "record_value", "pk.fields", "id", "timestamp.fields.list", "at,at_text",
            "db.timezone", "America/New_York");
        db.execute("INSERT INTO epochs (id) VALUES (3)");

        assertThat(TableStructure.of(db, "public", "epochs").columns()).containsExactly("id integer NOT NULL",
            "at timestamp without time zone",
            "at_text timestamp without time zone DEFAULT '2024-05-01 08:30:15.123456'::timestamp without time zone",
            "day date DEFAULT '2024-03-09'::date");
        assertThat(db.rows("SELECT id, at::text, at_text::text, day::text FROM epochs ORDER BY id")).containsExactly(
            Arrays.asList(1, null, "1969-12-31 19:00:00", "2024-03-09"),
            Arrays.asList(2, "2024-05-01 08:30:15.123456", "2024-05-01 08:30:15.123456", "2024-03-09"),
            Arrays.asList(3, null, "2024-05-01 08:30:15.123456", "2024-03-09"));
    }

    @Test
    void aStringValueCreatesItsColumnAsConfluentsSinkDoes() {
        write("strings", Arrays.asList(new SinkRecord("t", 0, null, null, Schema.STRING_SCHEMA, "{\"a\":1}", 4)),
            "pk.mode", "kafka", "string.output.value.column.name", "doc");
        assertThat(TableStructure.of(db, "public", "strings")).isEqualTo(confluents("strings",
            "(\n\"__connect_topic\" TEXT NOT NULL,\n\"__connect_partition\" INT NOT NULL,\n"
                + "\"__connect_offset\" BIGINT NOT NULL,\n\"doc\" TEXT NULL,\n"
                + "PRIMARY KEY(\"__connect_topic\",\"__connect_partition\",\"__connect_offset\"))"));
        assertThat(db.rows("SELECT __connect_offset, doc FROM strings"))
            .containsExactly(Arrays.asList(4L, "{\"a\":1}"));
    }

    @Test
    void kafkaModeKeysTheTableByTopicPartitionAndOffset() {
        write("by_offset", Arrays.asList(order("orders", "eu", 1, 5), order("orders", "eu", 1, 6)),
            "pk.mode", "kafka");
        assertThat(TableStructure.of(db, "public", "by_offset")).isEqualTo(confluents("by_offset",
            "(\n\"__connect_topic\" TEXT NOT NULL,\n\"__connect_partition\" INT NOT NULL,\n"
                + "\"__connect_offset\" BIGINT NOT NULL,\n\"no\" INT NOT NULL,\n\"item\" TEXT NULL,\n"
                + "\"qty\" INT DEFAULT 1,\nPRIMARY KEY(\"__connect_topic\",\"__connect_partition\",\"__connect_offset\"))"));
        assertThat(db.rows("SELECT __connect_offset, no FROM by_offset ORDER BY 1"))
            .containsExactly(Arrays.asList(5L, 1), Arrays.asList(6L, 1));
    }

    @Test
    void recordKeyModeKeysTheTableByTheKeysFieldsInConfluentsOrder() {
        write("by_key", Arrays.asList(order("orders", "eu", 1, 0), order("orders", "us", 1, 1),
            order("orders", "eu", 1, 2)), "pk.mode", "record_key", "insert.mode", "upsert");
        assertThat(TableStructure.of(db, "public", "by_key")).isEqualTo(confluents("by_key",
            "(\n\"no\" INT NOT NULL,\n\"item\" TEXT NULL,\n\"qty\" INT DEFAULT 1,\n\"region\" TEXT NOT NULL,\n"
                + "PRIMARY KEY(\"no\",\"region\"))"));
        assertThat(db.rows("SELECT region, no FROM by_key ORDER BY 1")).containsExactly(Arrays.asList("eu", 1),
            Arrays.asList("us", 1));
    }

    @Test
    void recordValueModeKeysTheTableByTheNamedFields() {
        write("by_value", Arrays.asList(order("orders", "eu", 1, 0)), "pk.mode", "record_value", "pk.fields",
            "item,no");
        assertThat(TableStructure.of(db, "public", "by_value")).isEqualTo(confluents("by_value",
            "(\n\"no\" INT NOT NULL,\n\"item\" TEXT NOT NULL,\n\"qty\" INT DEFAULT 1,\nPRIMARY KEY(\"no\",\"item\"))"));
    }

    @Test
    void createsTheTableInTheSchemaOfAQualifiedNameWithOddNames() {
        db.execute("CREATE SCHEMA \"Sales Data\"");
        Schema odd = SchemaBuilder.struct().field("select", Schema.INT32_SCHEMA)
            .field("Mixed Case", Schema.OPTIONAL_STRING_SCHEMA).field("a\"b;--", Schema.OPTIONAL_BOOLEAN_SCHEMA).build();
        write("\"Sales Data\".\"Order Lines\"", Arrays.asList(record("t", odd, new Struct(odd).put("select", 1)
            .put("Mixed Case", "x").put("a\"b;--", true), 0)), "pk.mode", "record_value", "pk.fields", "select");
        assertThat(TableStructure.of(db, "Sales Data", "Order Lines").columns()).containsExactly(
            "select integer NOT NULL", "Mixed Case text", "a\"b;-- boolean");
        assertThat(TableStructure.of(db, "Sales Data", "Order Lines").primaryKey()).containsExactly("select");
        assertThat(db.rows("SELECT \"select\", \"Mixed Case\", \"a\"\"b;--\" FROM \"Sales Data\".\"Order Lines\""))
            .containsExactly(Arrays.asList(1, "x", true));
    }

    @Test
    void withNeverQuotingCreatesFoldedNamesAndWritesIntoThem() {
        write("Orders", Arrays.asList(order("orders", "eu", 1, 0), order("orders", "eu", 2, 1)),
            "quote.sql.identifiers", "never", "pk.mode", "record_value", "pk.fields", "no");
        assertThat(TableStructure.of(db, "public", "orders").columns()).containsExactly("no integer NOT NULL",
            "item text", "qty integer DEFAULT 1");
        assertThat(db.count("orders")).isEqualTo(2);
    }

    @Test
    void aMissingSchemaStopsTheTaskNamingTableAndState() {
        try (SinkTaskRunner sink = SinkTaskRunner.start(FakeSinkTaskContext.withErrantRecordReporter(), db,
            "table.name.format", "nowhere.orders", "auto.create", "true")) {
            assertThatThrownBy(() -> sink.task.put(Arrays.asList(order("orders", "eu", 1, 0))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("\"nowhere\".\"orders\"")
                .hasMessageContaining("3F000").hasMessageContaining("offset=0");
            assertThat(sink.context.reported).isEmpty();
        }
    }

    @Test
    void tableTypesWithoutTableStopsTheTaskInsteadOfCreatingATable() {
        try (SinkTaskRunner sink = SinkTaskRunner.start(FakeSinkTaskContext.withErrantRecordReporter(), db,
            "table.name.format", "views_only", "auto.create", "true", "table.types", "VIEW")) {
            assertThatThrownBy(() -> sink.task.put(Arrays.asList(order("orders", "eu", 1, 0))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("\"views_only\"")
                .hasMessageContaining("table.types");
            assertThat(sink.context.reported).isEmpty();
        }
        assertThat(db.rows("SELECT to_regclass('views_only')::text")).containsExactly(Arrays.asList((Object) null));
    }

    @Test
    void aUserWithoutTheCreatePrivilegeStopsTheTaskNamingTheStatementToRun() {
        String role = "ferry_nocreate_" + System.nanoTime() % 1_000_000;
        db.execute("CREATE ROLE " + role + " LOGIN", "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        Database asRole = Database.at(db.host(), db.port(), db.name(), role, "");
        try (SinkTaskRunner sink = SinkTaskRunner.start(asRole, "table.name.format", "orders", "auto.create", "true")) {
            assertThatThrownBy(() -> sink.task.put(Arrays.asList(order("orders", "eu", 1, 0))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("42501")
                .hasMessageContaining("CREATE TABLE IF NOT EXISTS \"orders\"");
        }
    }

    @Test
    void aFieldWithoutAColumnTypeIsABadRecordAndTheOthersAreWritten() {
        Schema nested = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
            .field("address", SchemaBuilder.struct().field("city", Schema.STRING_SCHEMA).optional().build()).build();
        Schema flat = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).build();
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        try (SinkTaskRunner sink = SinkTaskRunner.start(context, db, "table.name.format", "people", "auto.create",
            "true")) {
            sink.putAndCommit(record("t", nested, new Struct(nested).put("id", 1), 0),
                record("t", flat, new Struct(flat).put("id", 2), 1));
        }
        assertThat(context.reported).singleElement().satisfies(r -> assertThat(r.error)
            .hasMessageContaining("offset=0").hasMessageContaining("'address' is a STRUCT"));
        assertThat(db.rows("SELECT id FROM people")).containsExactly(Arrays.asList(2));
    }

    @Test
    void tasksMeetingTheSameMissingTableAtOnceAllWriteIntoIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            String table = "raced_" + round;
            SinkTaskRunner.putAtOnce(() -> SinkTaskRunner.start(db, "table.name.format", table, "auto.create", "true",
                "pk.mode", "record_value", "pk.fields", "no"), Arrays.asList(order("orders", "eu", 0, 0),
                order("orders", "eu", 1, 1), order("orders", "eu", 2, 2)));
            assertThat(db.count(table)).as(table).isEqualTo(3);
        }
    }
}
