package io.ferry.connect.sink;

import static io.ferry.connect.sink.KvRecords.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.connect.testing.ScratchDatabase;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class SinkBatchingIT {
    private final ScratchDatabase db = PostgresServer.server().createDatabase("batching");

    /** Records every INSERT statement run on kv, and the transaction it ran in. */
    private void createCountedTable() {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)",
            "CREATE TABLE inserts (txid bigint)",
            "CREATE FUNCTION count_insert() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN INSERT INTO inserts VALUES (txid_current()); RETURN NULL; END $$",
            "CREATE TRIGGER counted AFTER INSERT ON kv FOR EACH STATEMENT EXECUTE FUNCTION count_insert()");
    }

    private static List<SinkRecord> records(int from, int count) {
        List<SinkRecord> records = new ArrayList<>(count);
        for (int id = from; id < from + count; id++) {
            records.add(kv(id, "n" + id, id));
        }
        return records;
    }

    @Test
    void upsertsTenThousandRecordsInFewStatementsAndOneTransaction() {
        createCountedTable();
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "insert.mode", "upsert",
            "pk.mode", "record_value", "pk.fields", "id")) {
            sink.putAndCommit(records(0, 10_000));
        }
        assertThat(db.count("kv")).isEqualTo(10_000);
        assertThat(db.count("inserts")).as("statements").isLessThan(200);
        assertThat(db.rows("SELECT count(DISTINCT txid) FROM inserts").get(0).get(0)).as("transactions").isEqualTo(1L);
    }

    @Test
    void writesEveryPutBeforeItReturnsInBatchSizedStatements() {
        createCountedTable();
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "batch.size", "300")) {
            for (int put = 0; put < 10; put++) {
                sink.task.put(records(put * 100, 100));
                assertThat(db.count("kv")).as("rows visible after put %d, before any commit", put)
                    .isEqualTo((put + 1) * 100L);
            }
            sink.commit();
        }
        assertThat(db.count("kv")).isEqualTo(1000);
        assertThat(db.rows("SELECT count(DISTINCT txid) FROM inserts").get(0).get(0)).as("one transaction per put")
            .isEqualTo(10L);
    }
}
