package io.ferry.connect.sink;

import static io.ferry.connect.sink.KvRecords.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.connect.testing.ScratchDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class SinkRetryIT {
    private final ScratchDatabase db = PostgresServer.server().createDatabase("retry");

    private SinkTaskRunner start(String maxRetries) {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        return SinkTaskRunner.start(db, "table.name.format", "kv", "insert.mode", "upsert", "pk.mode", "record_key",
            "pk.fields", "id", "batch.size", "2", "retry.backoff.ms", "1234", "max.retries", maxRetries);
    }

    /** Runs the put while the table is locked, and terminates the sink's backend once it waits for the lock. */
    private Throwable putKilledMidWrite(SinkTaskRunner sink, List<SinkRecord> records) throws Exception {
        try (Connection locker = db.connect(); Statement s = locker.createStatement()) {
            locker.setAutoCommit(false);
            s.execute("LOCK TABLE kv IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<Void> put = CompletableFuture.runAsync(() -> sink.task.put(records));
            terminateBackendWaitingForLock();
            try {
                put.get(30, TimeUnit.SECONDS);
                throw new AssertionError("the put should have failed");
            } catch (ExecutionException e) {
                return e.getCause();
            } finally {
                locker.rollback();
            }
        }
    }

    private void terminateBackendWaitingForLock() throws InterruptedException {
        String waiting = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            + "AND wait_event_type = 'Lock'";
        for (int i = 0; i < 300 && db.rows(waiting).isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(db.rows(waiting)).as("the sink waits for the lock").isNotEmpty();
        db.rows("SELECT pg_terminate_backend(pid) FROM (" + waiting + ") w");
    }

    @Test
    void retriesAWriteWhoseConnectionWasTerminatedAndLosesNothing() throws Exception {
        try (SinkTaskRunner sink = start("3")) {
            sink.putAndCommit(kv(1, "a", 0));
            List<SinkRecord> batch = Arrays.asList(kv(2, "b", 1), kv(3, "c", 2));

            Throwable failure = putKilledMidWrite(sink, batch);

            assertThat(failure).isInstanceOf(RetriableException.class).hasMessageContaining("57P01");
            assertThat(sink.context.timeouts).containsExactly(1234L);
            sink.putAndCommit(batch); // the worker redelivers the same records after the backoff
        }
        assertThat(db.rows("SELECT id, name FROM kv ORDER BY id"))
            .containsExactly(Arrays.asList(1, "a"), Arrays.asList(2, "b"), Arrays.asList(3, "c"));
    }

    @Test
    void keepsRecordsOfEarlierPutsWhenALaterPutIsRetried() throws Exception {
        try (SinkTaskRunner sink = start("3")) {
            sink.task.put(Arrays.asList(kv(1, "buffered", 0)));
            List<SinkRecord> batch = Arrays.asList(kv(2, "b", 1));

            assertThat(putKilledMidWrite(sink, batch)).isInstanceOf(RetriableException.class);
            sink.putAndCommit(batch);
        }
        assertThat(db.rows("SELECT id, name FROM kv ORDER BY id"))
            .containsExactly(Arrays.asList(1, "buffered"), Arrays.asList(2, "b"));
    }

    @Test
    void reportsABadRecordOnceWhenItsPutIsRetried() throws Exception {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        Schema extra = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).field("colour", Schema.STRING_SCHEMA)
            .build();
        SinkRecord lacksColumn = new SinkRecord("t", 0, null, null, extra, new Struct(extra).put("id", 2)
            .put("colour", "red"), 1);
        try (SinkTaskRunner sink = SinkTaskRunner.start(context, db, "table.name.format", "kv",
            "retry.backoff.ms", "10")) {
            List<SinkRecord> batch = Arrays.asList(kv(1, "a", 0), lacksColumn, kv(3, "c", 2));

            assertThat(putKilledMidWrite(sink, batch)).isInstanceOf(RetriableException.class);
            sink.putAndCommit(batch);
        }
        assertThat(context.reported).as("reported once, though delivered twice")
            .extracting(r -> r.record.kafkaOffset()).containsExactly(1L);
        assertThat(context.reported.get(0).error).hasMessageContaining("'colour'").hasMessageContaining("offset=1");
        assertThat(db.rows("SELECT id, name FROM kv ORDER BY id"))
            .containsExactly(Arrays.asList(1, "a"), Arrays.asList(3, "c"));
    }

    @Test
    void failsOnceTheRetriesAreUsedUp() throws Exception {
        try (SinkTaskRunner sink = start("0")) {
            sink.putAndCommit(kv(1, "a", 0));
            Throwable failure = putKilledMidWrite(sink, Arrays.asList(kv(2, "b", 1), kv(3, "c", 2)));
            assertThat(failure).isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
                .hasMessageContaining("max.retries=0");
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsRetriable() throws SQLException {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv",
            "connection.url", "jdbc:postgresql://127.0.0.1:1/nowhere?password=url-secret", "connection.attempts", "1")) {
            assertThatThrownBy(() -> sink.task.put(Arrays.asList(kv(1, "a", 0))))
                .isInstanceOf(RetriableException.class)
                .hasMessageContaining("127.0.0.1:1/nowhere?password=****")
                .hasMessageNotContaining("url-secret");
        }
    }
}
