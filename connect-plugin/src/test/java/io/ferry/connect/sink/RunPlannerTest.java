package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.config.SinkConfig;
import io.ferry.connect.config.SinkSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class RunPlannerTest {
    private static final Schema VALUE = SchemaBuilder.struct().name("row")
        .field("id", Schema.INT32_SCHEMA).field("name", Schema.OPTIONAL_STRING_SCHEMA).build();
    private static final Schema WIDER = SchemaBuilder.struct().name("row")
        .field("id", Schema.INT32_SCHEMA).field("name", Schema.OPTIONAL_STRING_SCHEMA)
        .field("extra", Schema.OPTIONAL_STRING_SCHEMA).build();

    private long offset;

    private RowExtractor extractor(String insertMode) {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", "jdbc:postgresql://localhost/db");
        props.put("insert.mode", insertMode);
        props.put("pk.mode", "record_key");
        props.put("pk.fields", "id");
        props.put("delete.enabled", "true");
        SinkSettings settings = SinkConfig.parse(props);
        return new RowExtractor(settings);
    }

    private SinkRecord write(int id, String name) {
        Struct value = new Struct(VALUE).put("id", id).put("name", name);
        return new SinkRecord("t", 0, Schema.INT32_SCHEMA, id, VALUE, value, offset++);
    }

    private SinkRecord writeWider(int id, String name) {
        Struct value = new Struct(WIDER).put("id", id).put("name", name).put("extra", "x");
        return new SinkRecord("t", 0, Schema.INT32_SCHEMA, id, WIDER, value, offset++);
    }

    private SinkRecord delete(int id) {
        return new SinkRecord("t", 0, Schema.INT32_SCHEMA, id, null, null, offset++);
    }

    private List<WriteRun> plan(String mode, SinkRecord... records) {
        RowExtractor extractor = extractor(mode);
        List<SinkRow> rows = new ArrayList<>();
        for (SinkRecord record : records) {
            rows.add(extractor.toRow(record));
        }
        return new RunPlanner(!mode.equals("insert")).plan(rows);
    }

    private static List<String> describe(WriteRun run) {
        return run.rows().stream().map(r -> r.value("id").value() + "=" + (r.shape().kind() == RowShape.Kind.DELETE
            ? "deleted" : ((Struct) r.record().value()).get("name"))).collect(Collectors.toList());
    }

    @Test
    void upsertKeepsTheLastValueOfARepeatedKeyInItsLastPosition() {
        List<WriteRun> runs = plan("upsert", write(1, "a"), write(2, "b"), write(1, "c"), write(3, "d"), write(2, "e"));
        assertThat(runs).hasSize(1);
        assertThat(describe(runs.get(0))).containsExactly("1=c", "3=d", "2=e");
    }

    @Test
    void updateAlsoKeepsTheLastValueOfARepeatedKey() {
        List<WriteRun> runs = plan("update", write(1, "a"), write(1, "b"));
        assertThat(describe(runs.get(0))).containsExactly("1=b");
    }

    @Test
    void insertKeepsEveryRecordInOrder() {
        List<WriteRun> runs = plan("insert", write(1, "a"), write(1, "b"), write(2, "c"));
        assertThat(runs).hasSize(1);
        assertThat(describe(runs.get(0))).containsExactly("1=a", "1=b", "2=c");
    }

    @Test
    void aDeleteAfterAWriteOfTheSameKeyRunsAfterIt() {
        List<WriteRun> runs = plan("upsert", write(1, "a"), write(2, "b"), delete(1), write(1, "c"));
        assertThat(runs).extracting(r -> r.shape().kind())
            .containsExactly(RowShape.Kind.WRITE, RowShape.Kind.DELETE, RowShape.Kind.WRITE);
        assertThat(describe(runs.get(0))).containsExactly("1=a", "2=b");
        assertThat(describe(runs.get(1))).containsExactly("1=deleted");
        assertThat(describe(runs.get(2))).containsExactly("1=c");
    }

    @Test
    void repeatedDeletesOfAKeyCollapse() {
        List<WriteRun> runs = plan("insert", delete(1), delete(2), delete(1));
        assertThat(runs).hasSize(1);
        assertThat(describe(runs.get(0))).containsExactly("2=deleted", "1=deleted");
    }

    @Test
    void aChangeOfColumnsStartsANewRunSoNoValueIsMerged() {
        List<WriteRun> runs = plan("upsert", write(1, "a"), writeWider(1, "b"), write(1, "c"));
        assertThat(runs).hasSize(3);
        assertThat(runs.get(1).shape().otherColumns()).containsExactly("name", "extra");
    }
}
