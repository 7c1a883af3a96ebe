package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.connect.testing.SourceConfigs;
import io.ferry.testing.Database;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** record.key.mode=primary_key: each record keyed by a struct of its row's primary key. */
class RecordKeysSourceIT {
    private static final Map<String, String> KEYED = Map.of("record.key.mode", "primary_key",
        "incrementing.column.name", "seq");

    private final Database db = PostgresServer.server().createDatabase("record_keys");

    private void createLines() {
        db.execute("CREATE TABLE lines (seq bigserial NOT NULL UNIQUE, note text, line_no smallint,"
                + " order_id numeric(12,0), PRIMARY KEY (order_id, line_no))",
            "INSERT INTO lines (note, line_no, order_id) VALUES ('first', 1, 100), ('second', 2, 100), (NULL, 1, 7)");
    }

    @Test
    void keysEachRecordByAStructOfThePrimaryKeyInKeyOrderTypedAsInTheValue() throws Exception {
        createLines();
        SourceTaskRunner runner = SourceTaskRunner.forPublicTable(db, "lines", KEYED);
        PostgresSourceTask task = runner.start();
        List<SourceRecord> records;
        try {
            records = SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 3, 10_000);
        } finally {
            task.stop();
        }

        assertThat(records).hasSize(3);
        Schema key = records.get(0).keySchema();
        assertThat(key.type()).isEqualTo(Schema.Type.STRUCT);
        assertThat(key.name()).isEqualTo("lines.Key");
        assertThat(key.fields()).extracting(Field::name).containsExactly("order_id", "line_no");
        assertThat(key.field("order_id").schema()).isEqualTo(records.get(0).valueSchema().field("order_id").schema());
        assertThat(key.field("line_no").schema()).isEqualTo(Schema.INT16_SCHEMA);
        assertThat(records).extracting(r -> ((Struct) r.key()).get("line_no")).containsExactly((short) 1, (short) 2,
            (short) 1);
        assertThat(records).extracting(r -> ((Struct) r.key()).get("order_id").toString())
            .containsExactly("100", "100", "7");
        assertThat(records.get(0).valueSchema().name()).as("the value stays Confluent's").isEqualTo("lines");
    }

    @Test
    void leavesTheKeyNullByDefaultAsConfluentDoes() throws Exception {
        createLines();
        SourceTaskRunner runner = SourceTaskRunner.forPublicTable(db, "lines", Map.of("incrementing.column.name", "seq"));
        PostgresSourceTask task = runner.start();
        try {
            assertThat(SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 3, 10_000)).hasSize(3)
                .allSatisfy(r -> {
                    assertThat(r.key()).isNull();
                    assertThat(r.keySchema()).isNull();
                });
        } finally {
            task.stop();
        }
    }

    @Test
    void failsToStartOnATableWithoutPrimaryKeyNamingIt() {
        db.execute("CREATE TABLE notes (seq serial NOT NULL, note text)");
        SourceTaskRunner runner = SourceTaskRunner.forPublicTable(db, "notes", KEYED);

        assertThatThrownBy(runner::start).isInstanceOf(ConnectException.class)
            .hasMessageStartingWith("Table public.notes has no primary key, so record.key.mode=primary_key cannot "
                + "key its records");
    }

    @Test
    void validationNamesTheTablesWithoutPrimaryKeyOrWithAKeyColumnItCannotMap() {
        createLines();
        db.execute("CREATE TABLE notes (seq serial NOT NULL, note text)",
            "CREATE TABLE places (seq serial NOT NULL, spot int4range, PRIMARY KEY (spot))");
        Map<String, String> props = SourceConfigs.seed(db);
        props.put("table.whitelist", "lines,notes,places");
        props.putAll(KEYED);

        Map<String, List<String>> errors = new PostgresSourceConnector().validate(props).configValues().stream()
            .filter(v -> !v.errorMessages().isEmpty())
            .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));

        assertThat(errors.get("record.key.mode")).hasSize(2).anySatisfy(message -> assertThat(message)
            .startsWith("Table public.notes has no primary key")).anySatisfy(message -> assertThat(message)
            .contains("public.places").contains("[spot]"));
    }
}
