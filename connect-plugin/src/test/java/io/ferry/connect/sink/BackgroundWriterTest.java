package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.ferry.connect.postgres.FailureText;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.BlockingCall;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The writer thread with a scripted commit and a clock that moves only when the test says: each
 * test knows what the writer does at every step, without a database and without sleeping.
 */
class BackgroundWriterTest {
    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);
    private static final TableId TABLE = new TableId("public", "kv");
    private static final RowShape SHAPE = new RowShape(RowShape.Kind.WRITE, List.of("id"), List.of());
    private static final Duration BACKOFF = Duration.ofSeconds(3);
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final ManualTime time = new ManualTime();
    private final ScriptedCommitter committer = new ScriptedCommitter();
    private BackgroundWriter writer;

    private void start(int capacity, int maxRetries) {
        writer = new BackgroundWriter(committer,
            new RetryPolicy("Writing", maxRetries, BACKOFF.toMillis(), () -> { }, FailureText.FULL),
            capacity, time, time, "writer");
        writer.start();
    }

    @AfterEach
    void stopWriter() {
        writer.stop(committer::endWaits);
    }

    private static List<SinkRow> rows(TopicPartition partition, long... offsets) {
        List<SinkRow> rows = new ArrayList<>();
        for (long offset : offsets) {
            SinkRecord record = new SinkRecord(partition.topic(), partition.partition(), null, null, null, null,
                offset);
            rows.add(new SinkRow(record, TABLE, SHAPE, Map.of()));
        }
        return rows;
    }

    /** Hands rows over as a put does, with the progress they make. */
    @SafeVarargs
    private void put(List<SinkRow>... rowsOfPartitions) {
        List<SinkRow> rows = new ArrayList<>();
        Map<TopicPartition, Long> nextOffsets = new HashMap<>();
        for (List<SinkRow> partitionRows : rowsOfPartitions) {
            rows.addAll(partitionRows);
            partitionRows.forEach(r -> nextOffsets.merge(r.partition(), r.record().kafkaOffset() + 1, Math::max));
        }
        writer.submit(rows, nextOffsets);
    }

    private static SQLException transientError() {
        return new SQLException("terminating connection due to administrator command", "57P01");
    }

    /** Starts the writer and has its first write, of offset 0, fail with a transient error. */
    private void startAndFailTheFirstWrite(int maxRetries) throws InterruptedException {
        start(100, maxRetries);
        put(rows(P0, 0));
        committer.next().fails(transientError());
    }

    /** Waits until the writer backs off, then lets the backoff pass. */
    private void backOffPasses() throws InterruptedException {
        time.awaitTimedWait("writer");
        time.advance(BACKOFF);
    }

    private BlockingCall<Void> awaitSpaceOnThread(String name) {
        return BlockingCall.start(name, () -> {
            writer.awaitSpace();
            return null;
        });
    }

    @Test
    void anIdleWriterWritesAPutAtOnceAndThePutsArrivingMeanwhileJoinTheNextBatch() throws Exception {
        start(100, 3);
        put(rows(P0, 0));
        ScriptedCommitter.Attempt first = committer.next();
        put(rows(P0, 1));
        put(rows(P0, 2, 3));

        first.commits();
        ScriptedCommitter.Attempt second = committer.next();

        assertThat(first.offsets).containsExactly(0L);
        assertThat(second.offsets).containsExactly(1L, 2L, 3L);
        assertThat(second.nextOffsets).containsOnly(entry(P0, 4L));
        assertThat(second.again).isFalse();
    }

    @Test
    void rowsWaitUntilTheBatchTheyAreInIsCommitted() throws Exception {
        start(100, 3);
        put(rows(P0, 0, 1));
        ScriptedCommitter.Attempt first = committer.next();
        put(rows(P0, 2));
        assertThat(writer.rowsWaiting()).isEqualTo(3);

        first.commits();
        ScriptedCommitter.Attempt second = committer.next();
        assertThat(writer.rowsWaiting()).isEqualTo(1);

        second.commits();
        writer.drain(DRAIN);
        assertThat(writer.rowsWaiting()).isZero();
    }

    @Test
    void awaitSpaceBlocksWhileCapacityRowsWaitUntilTheWriterTakesThem() throws Exception {
        start(2, 3);
        put(rows(P0, 0));
        ScriptedCommitter.Attempt first = committer.next();
        put(rows(P0, 1, 2)); // the pending batch is full

        BlockingCall<Void> third = awaitSpaceOnThread("putter");
        time.awaitUntimedWait("putter");
        assertThat(third.returned()).as("memory stays bounded: the put waits for the writer").isFalse();

        first.commits();
        third.result();
        assertThat(committer.next().offsets).as("the batch the writer took, which made room").containsExactly(1L, 2L);
    }

    @Test
    void whileTheWriterBacksOffAFullBatchRefusesPutsRetriablyAndTheSameBatchIsWrittenAgainAfterTheBackoff()
        throws Exception {
        start(1, 3);
        put(rows(P0, 0));
        committer.next().fails(transientError());
        time.awaitTimedWait("writer");
        put(rows(P0, 1)); // the pending batch is full

        assertThatThrownBy(writer::awaitSpace).isInstanceOf(RetriableException.class).hasMessageContaining("57P01");
        time.advance(BACKOFF.minusMillis(1));
        assertThat(committer.waiting()).as("no attempt before the backoff has passed").isZero();
        time.advance(Duration.ofMillis(1));
        ScriptedCommitter.Attempt retry = committer.next();

        assertThat(retry.again).isTrue();
        assertThat(retry.offsets).containsExactly(0L);
        retry.commits();
        assertThat(committer.next().offsets).containsExactly(1L);
    }

    @Test
    void drainOffersOnlyCommittedOffsetsAndReturnsAfterItsBoundWhileAWriteIsStuck() throws Exception {
        start(100, 3);
        put(rows(P0, 0));
        committer.next().commits();
        put(rows(P0, 1));
        ScriptedCommitter.Attempt stuck = committer.next(); // e.g. behind a row lock

        BlockingCall<Map<TopicPartition, Long>> drained = BlockingCall.start("drainer", () -> writer.drain(DRAIN));
        time.awaitTimedWait("drainer");
        time.advance(DRAIN);

        assertThat(drained.result()).as("only the committed row's offset").containsOnly(entry(P0, 1L));
        stuck.commits();
        assertThat(writer.drain(DRAIN)).as("offered at the next call, once committed").containsOnly(entry(P0, 2L));
    }

    @Test
    void revokeWaitsForTheWriteInProgressAndDropsTheRevokedPartitionsWaitingRows() throws Exception {
        start(100, 3);
        put(rows(P0, 0), rows(P1, 0));
        ScriptedCommitter.Attempt inProgress = committer.next();
        put(rows(P0, 1), rows(P1, 1));

        BlockingCall<Void> revoked = BlockingCall.start("revoker", () -> {
            writer.revoke(List.of(P0));
            return null;
        });
        time.awaitUntimedWait("revoker");
        assertThat(revoked.returned()).as("a write in progress may still touch the revoked partition").isFalse();
        inProgress.commits();
        revoked.result();

        ScriptedCommitter.Attempt next = committer.next();
        assertThat(next.offsets).as("P1's waiting row; P0's is left to its new owner").containsExactly(1L);
        assertThat(next.nextOffsets).containsOnly(entry(P1, 2L));
        next.commits();
        assertThat(writer.drain(DRAIN)).containsOnly(entry(P1, 2L));
    }

    @Test
    void stopEndsABackoff() throws Exception {
        startAndFailTheFirstWrite(3);
        time.awaitTimedWait("writer"); // backing off; the clock never moves

        assertThat(writer.stop(() -> { })).as("the writer ended").isTrue();
        assertThat(committer.waiting()).as("no attempt after stop").isZero();
    }

    @Test
    void stopEndsTheWaitsInsideACommitAndTheWriterEndsWithoutAFailure() throws Exception {
        start(100, 3);
        put(rows(P0, 0));
        ScriptedCommitter.Attempt waitingForTheQueue = committer.next();

        boolean ended = writer.stop(() -> waitingForTheQueue.fails(
            new ConnectException("Interrupted while waiting for the dead letter queue to confirm records")));

        assertThat(ended).as("the writer ended").isTrue();
        assertThatThrownBy(writer::awaitSpace).as("not the failure of a write stop() ended")
            .isInstanceOf(RetriableException.class).hasMessageContaining("stopping");
    }

    @Test
    void stopEndsTheWaitsOfTheTasksThread() throws Exception {
        start(1, 3);
        put(rows(P0, 0));
        ScriptedCommitter.Attempt stuck = committer.next();
        put(rows(P0, 1)); // the pending batch is full
        BlockingCall<Void> putting = awaitSpaceOnThread("putter");
        BlockingCall<Map<TopicPartition, Long>> draining = BlockingCall.start("drainer", () -> writer.drain(DRAIN));
        time.awaitUntimedWait("putter");
        time.awaitTimedWait("drainer");

        writer.stop(stuck::commits);

        assertThat(draining.result()).as("what was committed when stop() ended the wait")
            .isIn(Map.of(), Map.of(P0, 1L));
        assertThatThrownBy(putting::result).isInstanceOf(RetriableException.class);
    }

    @Test
    void aFatalFailureIsThrownByTheNextPutNamingTheRecord() throws Exception {
        start(100, 3);
        put(rows(P0, 7));
        committer.next().fails(new ConnectException("Cannot write record topic=t partition=0 offset=7 into table "
            + "public.kv: SQLState 42501: permission denied"));

        assertThat(writer.drain(DRAIN)).as("nothing committed; returns once the writer failed").isEmpty();
        assertThatThrownBy(writer::awaitSpace).isInstanceOf(ConnectException.class)
            .isNotInstanceOf(RetriableException.class).hasMessageContaining("offset=7");
    }

    @Test
    void theRetryBudgetStartsAfreshAfterACommit() throws Exception {
        startAndFailTheFirstWrite(1);
        backOffPasses();
        committer.next().commits();
        put(rows(P0, 1));
        committer.next().fails(transientError());
        backOffPasses();

        ScriptedCommitter.Attempt retry = committer.next();
        assertThat(retry.again).as("one retry again, not a failed task").isTrue();
        retry.commits();
        assertThat(writer.drain(DRAIN)).containsOnly(entry(P0, 2L));
    }

    @Test
    void failsTheTaskAfterMaxRetriesTransientFailuresInARow() throws Exception {
        startAndFailTheFirstWrite(1);
        backOffPasses();
        committer.next().fails(transientError());

        assertThat(writer.drain(DRAIN)).isEmpty();
        assertThatThrownBy(writer::awaitSpace).isInstanceOf(ConnectException.class)
            .isNotInstanceOf(RetriableException.class).hasMessageContaining("max.retries=1");
    }
}
