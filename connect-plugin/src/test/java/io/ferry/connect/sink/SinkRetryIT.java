package io.ferry.connect.sink;

import static io.ferry.connect.sink.KvRecords.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class SinkRetryIT {
    private final Database db = PostgresServer.server().createDatabase("retry");

    private SinkTaskRunner start(String maxRetries) {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        return SinkTaskRunner.start(db, "table.name.format", "kv", "insert.mode", "upsert", "pk.mode", "record_key",
            "pk.fields", "id", "batch.size", "2", "retry.backoff.ms", "1234", "max.retries", maxRetries);
    }

    /**
     * Puts the records while the table is locked, terminates the sink's backend once its write
     * waits for the lock, and lets the lock go. The put itself returns at once: writing is the
     * writer thread's.
     */
    private void putKilledMidWrite(SinkTaskRunner sink, List<SinkRecord> records) throws Exception {
        try (Connection locker = db.connect(); Statement s = locker.createStatement()) {
            locker.setAutoCommit(false);
            s.execute("LOCK TABLE kv IN ACCESS EXCLUSIVE MODE");
            sink.task.put(records);
            terminateBackendWaitingForLock();
            locker.rollback();
        }
    }

    /** What the worker does with a put refused with a retriable error: delivers it again after the backoff. */
    private static void deliverUntilAccepted(SinkTaskRunner sink, List<SinkRecord> records) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                sink.task.put(records);
                return;
            } catch (RetriableException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the put was never accepted");
    }

    private void terminateBackendWaitingForLock() {
        db.awaitSessionWaitingForLock();
        db.rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
            + "AND wait_event_type = 'Lock'");
    }

    @Test
    void retriesAWriteWhoseConnectionWasTerminatedAndLosesNothing() throws Exception {
        try (SinkTaskRunner sink = start("3")) {
            sink.putAndCommit(kv(1, "a", 0));

            putKilledMidWrite(sink, Arrays.asList(kv(2, "b", 1), kv(3, "c", 2)));

            Eventually.equals("rows, once the writer wrote the batch again after the backoff", () -> db.count("kv"), 3L);
        }
        assertThat(db.rows("SELECT id, name FROM kv ORDER BY id"))
            .containsExactly(Arrays.asList(1, "a"), Arrays.asList(2, "b"), Arrays.asList(3, "c"));
    }

    @Test
    void keepsTheRowsOfPutsThatArriveWhileAWriteWaitsToBeRetried() throws Exception {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "retry.backoff.ms", "1000")) {
            putKilledMidWrite(sink, Arrays.asList(kv(1, "a", 0)));
            sink.task.put(Arrays.asList(kv(2, "b", 1)));
            Eventually.equals("rows", () -> db.count("kv"), 2L);
        }
        assertThat(db.rows("SELECT id, name FROM kv ORDER BY id"))
            .containsExactly(Arrays.asList(1, "a"), Arrays.asList(2, "b"));
    }

    @Test
    void refusesPutsWithARetriableErrorWhileTheBufferIsFullAndAWriteWaitsToBeRetried() throws Exception {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "batch.size", "2",
            "retry.backoff.ms", "3000")) {
            putKilledMidWrite(sink, Arrays.asList(kv(1, "a", 0), kv(2, "b", 1)));
            sink.task.put(Arrays.asList(kv(3, "c", 2), kv(4, "d", 3))); // fills the buffer
            List<SinkRecord> refused = Arrays.asList(kv(5, "e", 4));

            assertThatThrownBy(() -> sink.task.put(refused)).isInstanceOf(RetriableException.class)
                .hasMessageContaining("57P01");
            assertThat(sink.context.timeouts).as("the worker delivers them again after the backoff")
                .containsExactly(3000L);
            deliverUntilAccepted(sink, refused);
            sink.commit();
        }
        Eventually.equals("rows", () -> db.count("kv"), 5L);
    }

    @Test
    void writesABatchAgainAfterATransientFailureAndReportsItsBadRecordsOnce() throws Exception {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text CHECK (name <> 'bad'))");
        FakeSinkTaskContext context = FakeSinkTaskContext.withErrantRecordReporter();
        Schema extra = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).field("colour", Schema.STRING_SCHEMA)
            .build();
        SinkRecord lacksColumn = new SinkRecord("t", 0, null, null, extra, new Struct(extra).put("id", 2)
            .put("colour", "red"), 1);
        try (SinkTaskRunner sink = SinkTaskRunner.start(context, db, "table.name.format", "kv",
            "retry.backoff.ms", "10")) {
            putKilledMidWrite(sink, Arrays.asList(kv(1, "a", 0), lacksColumn, kv(3, "c", 2), kv(4, "bad", 3)));
            Eventually.equals("rows", () -> db.count("kv"), 2L);
        }
        assertThat(context.reported).as("each bad record reported once")
            .extracting(r -> r.record.kafkaOffset()).containsExactly(1L, 3L);
        assertThat(context.reported.get(0).error).hasMessageContaining("'colour'").hasMessageContaining("offset=1");
        assertThat(db.rows("SELECT id, name FROM kv ORDER BY id"))
            .containsExactly(Arrays.asList(1, "a"), Arrays.asList(3, "c"));
    }

    @Test
    void failsOnceTheRetriesAreUsedUp() throws Exception {
        try (SinkTaskRunner sink = start("0")) {
            sink.putAndCommit(kv(1, "a", 0));
            putKilledMidWrite(sink, Arrays.asList(kv(2, "b", 1), kv(3, "c", 2)));
            assertThat(sink.task.preCommit(new HashMap<>())).as("only the committed record's offset")
                .containsOnly(entry(new TopicPartition("t", 0), new OffsetAndMetadata(1)));
            assertThatThrownBy(() -> sink.task.put(Arrays.asList(kv(4, "d", 3))))
                .isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
                .hasMessageContaining("max.retries=0");
        }
        assertThat(db.count("kv")).isEqualTo(1);
    }

    /**
     * A put whose stored offsets cannot be read (its session terminated while it waits for the
     * offsets table) is refused with a retriable error, and the write that follows still has all
     * of its max.retries: the two are counted apart.
     */
    @Test
    void failuresOfThePutsReadsDoNotUseUpTheWritersRetries() throws Exception {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "insert.mode", "upsert",
            "pk.mode", "record_key", "pk.fields", "id", "max.retries", "1", "retry.backoff.ms", "10",
            "offsets.storage.table", "kv_offsets", "name", "retrying")) {
            sink.putAndCommit(kv(1, "a", 0)); // creates the offsets table and reads partition 0's offset
            List<SinkRecord> partitionOne = Arrays.asList(kv(1, 2, "b", 0));
            try (Connection locker = db.connect(); Statement s = locker.createStatement()) {
                locker.setAutoCommit(false);
                s.execute("LOCK TABLE kv_offsets IN ACCESS EXCLUSIVE MODE");
                CompletableFuture<Void> put = CompletableFuture.runAsync(() -> sink.task.put(partitionOne));
                terminateBackendWaitingForLock();
                assertThat(catchThrowable(put::join)).as("the reads' one retry")
                    .hasCauseInstanceOf(RetriableException.class);
                locker.rollback();
            }

            putKilledMidWrite(sink, partitionOne); // accepted now; its write fails once, the writer's one retry

            Eventually.equals("rows, once the writer wrote the batch again", () -> db.count("kv"), 2L);
            sink.task.put(Collections.emptyList()); // the writer did not fail
        }
    }

    /** Up to max.retries puts in a row; then the task fails, as Confluent's sink does. */
    @Test
    void aDatabaseThatCannotBeReachedIsRetriableMaxRetriesTimes() throws SQLException {
        db.execute("CREATE TABLE kv (id int PRIMARY KEY, name text)");
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "kv", "max.retries", "1",
            "connection.url", "jdbc:postgresql://127.0.0.1:1/nowhere?password=url-secret", "connection.attempts", "1")) {
            List<SinkRecord> records = Arrays.asList(kv(1, "a", 0));
            assertThatThrownBy(() -> sink.task.put(records))
                .isInstanceOf(RetriableException.class)
                .hasMessageContaining("127.0.0.1:1/nowhere?password=****")
                .hasMessageNotContaining("url-secret");

            assertThatThrownBy(() -> sink.task.put(records)).isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class).hasMessageContaining("2 times in a row")
                .hasMessageContaining("max.retries=1").hasMessageNotContaining("url-secret");
        }
    }
}
