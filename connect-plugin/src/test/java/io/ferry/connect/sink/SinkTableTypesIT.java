package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** table.types: the sink writes into the kinds of relation it names, and stops at any other, naming it. */
class SinkTableTypesIT {
    private static final Schema VALUE = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
        .field("name", Schema.STRING_SCHEMA).build();

    private final Database db = PostgresServer.server().createDatabase("tabletypes");

    private static List<SinkRecord> records() {
        return Arrays.asList(
            new SinkRecord("t", 0, null, null, VALUE, new Struct(VALUE).put("id", 1).put("name", "a"), 0),
            new SinkRecord("t", 0, null, null, VALUE, new Struct(VALUE).put("id", 2).put("name", "b"), 1));
    }

    @Test
    void writesIntoAViewOnlyWhenTableTypesNamesViews() {
        db.execute("CREATE TABLE base (id int PRIMARY KEY, name text)", "CREATE VIEW writable AS SELECT * FROM base");

        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "writable")) {
            assertThatThrownBy(() -> sink.task.put(records())).isInstanceOf(ConnectException.class)
                .hasMessageContaining("\"writable\" is a VIEW").hasMessageContaining("table.types")
                .hasMessageContaining("[TABLE]");
        }
        assertThat(db.count("base")).isZero();

        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "writable", "table.types", "VIEW")) {
            sink.putAndCommit(records());
        }
        assertThat(db.rows("SELECT id, name FROM base ORDER BY id"))
            .containsExactly(Arrays.asList(1, "a"), Arrays.asList(2, "b"));
    }

    @Test
    void writesIntoAPartitionedTableOnlyWhenTableTypesNamesThem() {
        db.execute("CREATE TABLE parted (id int PRIMARY KEY, name text) PARTITION BY RANGE (id)",
            "CREATE TABLE parted_low PARTITION OF parted FOR VALUES FROM (0) TO (100)");

        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "parted")) {
            assertThatThrownBy(() -> sink.task.put(records())).isInstanceOf(ConnectException.class)
                .hasMessageContaining("is a PARTITIONED TABLE")
                .hasMessageContaining("add PARTITIONED TABLE to table.types");
        }

        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "parted", "insert.mode", "upsert",
            "pk.mode", "record_value", "pk.fields", "id", "table.types", "TABLE,PARTITIONED TABLE")) {
            sink.putAndCommit(records());
        }
        assertThat(db.rows("SELECT id, name FROM parted_low ORDER BY id"))
            .containsExactly(Arrays.asList(1, "a"), Arrays.asList(2, "b"));
    }

    @Test
    void neverWritesIntoAMaterializedView() {
        db.execute("CREATE TABLE base (id int PRIMARY KEY, name text)",
            "CREATE MATERIALIZED VIEW kept AS SELECT * FROM base");

        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kept",
            "table.types", "TABLE,PARTITIONED TABLE,VIEW")) {
            assertThatThrownBy(() -> sink.task.put(records())).isInstanceOf(ConnectException.class)
                .hasMessageContaining("is a MATERIALIZED VIEW");
        }
    }
}
