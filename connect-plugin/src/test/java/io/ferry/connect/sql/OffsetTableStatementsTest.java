package io.ferry.connect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetTableStatementsTest {
    private static final OffsetTableStatements QUOTED =
        new OffsetTableStatements(Identifiers.alwaysQuoting(), new TableId("ops", "ferry_sink_offsets"));

    @Test
    void createsTheTableKeyedByConnectorTopicAndPartition() {
        assertThat(QUOTED.createTable()).isEqualTo("CREATE TABLE IF NOT EXISTS \"ops\".\"ferry_sink_offsets\" ("
            + "\"connector\" text NOT NULL, \"topic\" text NOT NULL, \"kafka_partition\" integer NOT NULL, "
            + "\"next_offset\" bigint NOT NULL, \"updated_at\" timestamp with time zone NOT NULL DEFAULT now(), "
            + "PRIMARY KEY (\"connector\",\"topic\",\"kafka_partition\"))");
    }

    @Test
    void upsertsThePartitionsNextOffset() {
        DmlStatement upsert = QUOTED.upsert();
        assertThat(upsert.sql()).isEqualTo("INSERT INTO \"ops\".\"ferry_sink_offsets\" (\"connector\",\"topic\","
            + "\"kafka_partition\",\"next_offset\",\"updated_at\") VALUES (?,?,?,?,now()) ON CONFLICT (\"connector\","
            + "\"topic\",\"kafka_partition\") DO UPDATE SET \"next_offset\" = EXCLUDED.\"next_offset\", "
            + "\"updated_at\" = EXCLUDED.\"updated_at\"");
        assertThat(upsert.boundColumns()).containsExactly("connector", "topic", "kafka_partition", "next_offset");
    }

    @Test
    void selectsOneConnectorsOffsets() {
        DmlStatement select = new OffsetTableStatements(new Identifiers(IdentifierQuoting.NEVER),
            new TableId(null, "ferry_sink_offsets")).select();
        assertThat(select.sql())
            .isEqualTo("SELECT topic,kafka_partition,next_offset FROM ferry_sink_offsets WHERE connector = ?");
        assertThat(select.boundColumns()).containsExactly("connector");
    }

    @Test
    void deletesOnePartitionsOffset() {
        DmlStatement delete = QUOTED.delete();
        assertThat(delete.sql()).isEqualTo("DELETE FROM \"ops\".\"ferry_sink_offsets\" WHERE \"connector\" = ? AND "
            + "\"topic\" = ? AND \"kafka_partition\" = ?");
        assertThat(delete.boundColumns()).containsExactly("connector", "topic", "kafka_partition");
    }
}
