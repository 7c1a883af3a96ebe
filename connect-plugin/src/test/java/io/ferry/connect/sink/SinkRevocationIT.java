package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.ferry.connect.testing.BlockingCall;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** A rebalance takes partitions away while rows of them are being written or wait to be. */
class SinkRevocationIT {
    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);

    private final Database db = PostgresServer.server().createDatabase("revocation");

    private static SinkRecord record(int partition, int id, long offset) {
        Struct value = new Struct(KvRecords.SCHEMA).put("id", id).put("name", "p" + partition);
        return new SinkRecord("t", partition, Schema.INT32_SCHEMA, id, KvRecords.SCHEMA, value, offset);
    }

    @Test
    void closeWaitsForTheWriteInProgressAndGivesUpTheRevokedPartitionsWaitingRows() throws Exception {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "insert.mode", "upsert",
            "pk.mode", "record_key", "pk.fields", "id");
             Connection locker = db.connect(); Statement lock = locker.createStatement()) {
            sink.task.open(Arrays.asList(P0, P1));
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE kv IN ACCESS EXCLUSIVE MODE");
            sink.task.put(Arrays.asList(record(0, 1, 0), record(1, 101, 0))); // taken by the writer, which waits
            db.awaitSessionWaitingForLock();
            sink.task.put(Arrays.asList(record(0, 2, 1), record(1, 102, 1))); // waiting in the buffer

            BlockingCall<Long> close = BlockingCall.start("closer", () -> {
                sink.task.close(Collections.singletonList(P0));
                return db.count("pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
            }).awaitWaitingOrReturned();
            locker.rollback();
            assertThat(close.result()).as("writes still waiting for the lock when close returned: "
                + "close waits while a write may still touch the revoked partition").isZero();

            Map<TopicPartition, OffsetAndMetadata> committable = sink.task.preCommit(new HashMap<>());
            assertThat(committable).containsOnly(entry(P1, new OffsetAndMetadata(2)));
        }
        List<List<Object>> rows = db.rows("SELECT id FROM kv ORDER BY id");
        assertThat(rows).as("P0's row written before the close, its waiting row left to the new owner")
            .containsExactly(Arrays.asList(1), Arrays.asList(101), Arrays.asList(102));
    }
}
