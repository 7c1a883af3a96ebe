package io.ferry.connect.sink;

import static io.ferry.connect.sink.KvRecords.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.BlockingCall;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class SinkBatchingIT {
    private final Database db = PostgresServer.server().createDatabase("batching");

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
    void writesEachPutSoonWithoutWaitingForAnOffsetCommit() {
        createCountedTable();
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "batch.size", "300")) {
            for (int put = 0; put < 5; put++) {
                sink.task.put(records(put * 100, 100));
                long expected = (put + 1) * 100L;
                Eventually.equals("rows after put " + put + ", before any commit", () -> db.count("kv"), expected);
            }
        }
        assertThat(db.rows("SELECT count(DISTINCT txid) FROM inserts").get(0).get(0))
            .as("one transaction per put when the writer is idle").isEqualTo(5L);
    }

    @Test
    void gathersThePutsThatArriveDuringAWriteIntoOneTransaction() throws Exception {
        createCountedTable();
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv");
             Connection locker = db.connect(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE kv IN ACCESS EXCLUSIVE MODE");
            sink.task.put(records(0, 100)); // the writer takes it and waits for the lock
            db.awaitSessionWaitingForLock();
            for (int put = 1; put <= 5; put++) {
                sink.task.put(records(put * 100, 100));
            }
            locker.rollback();
            sink.commit();
        }
        assertThat(db.count("kv")).isEqualTo(600);
        assertThat(db.rows("SELECT count(DISTINCT txid) FROM inserts").get(0).get(0))
            .as("the first put, then the five that arrived meanwhile").isEqualTo(2L);
    }

    @Test
    void aPutWaitsWhileBatchSizeRowsAreAlreadyWaiting() throws Exception {
        createCountedTable();
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "batch.size", "100");
             Connection locker = db.connect(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE kv IN ACCESS EXCLUSIVE MODE");
            sink.task.put(records(0, 100));
            db.awaitSessionWaitingForLock();
            sink.task.put(records(100, 100)); // waits in the buffer: now full
            BlockingCall<Void> third = BlockingCall.<Void>start("putter", () -> {
                sink.task.put(records(200, 100));
                return null;
            }).awaitWaitingOrReturned();
            assertThat(third.returned()).as("memory stays bounded: the put waits for the writer").isFalse();
            locker.rollback();
            third.result();
            sink.commit();
        }
        assertThat(db.count("kv")).isEqualTo(300);
    }
}
