package io.ferry.connect.sink;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class ErrantRecordsTest {
    private static final Duration LONG = Duration.ofHours(1);

    /** A dead letter queue's confirmation that the test gives (or not), and that says when someone waits for it. */
    private static final class Confirmation implements Future<Void> {
        final CompletableFuture<Void> confirmed = new CompletableFuture<>();
        final CountDownLatch waitedFor = new CountDownLatch(1);

        @Override
        public Void get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException,
            TimeoutException {
            waitedFor.countDown();
            return confirmed.get(timeout, unit);
        }

        @Override
        public Void get() throws InterruptedException, ExecutionException {
            waitedFor.countDown();
            return confirmed.get();
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return confirmed.isDone();
        }
    }

    private final List<SinkRecord> sent = new ArrayList<>();
    private final List<Confirmation> confirmations = new ArrayList<>();

    private ErrantRecords errant(Duration confirmWait) {
        return new ErrantRecords((record, error) -> {
            sent.add(record);
            Confirmation confirmation = new Confirmation();
            confirmations.add(confirmation);
            return confirmation;
        }, confirmWait);
    }

    private static SinkRecord record(long offset) {
        return new SinkRecord("t", 0, null, null, null, null, offset);
    }

    /** Waits on a thread of its own; completes with whether it left the thread interrupted. */
    private static CompletableFuture<Boolean> awaitReportedOnThread(ErrantRecords errant) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                errant.awaitReported();
                result.complete(Thread.currentThread().isInterrupted());
            } catch (RuntimeException e) {
                result.completeExceptionally(Thread.currentThread().isInterrupted()
                    ? new AssertionError("left the thread interrupted", e) : e);
            }
        }, "committer");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    @Test
    void waitsUntilTheDeadLetterQueueConfirmedEveryRecordReported() throws Exception {
        ErrantRecords errant = errant(LONG);
        errant.report(record(1), new IllegalArgumentException("bad"));
        errant.report(record(2), new IllegalArgumentException("bad"));

        CompletableFuture<Boolean> waiting = awaitReportedOnThread(errant);
        confirmations.get(0).confirmed.complete(null);
        confirmations.get(1).waitedFor.await();
        assertThat(waiting).as("the second record is not confirmed yet").isNotDone();
        confirmations.get(1).confirmed.complete(null);

        assertThat(waiting.get(30, SECONDS)).as("interrupted").isFalse();
    }

    @Test
    void aQueueThatDoesNotConfirmInTimeFailsTheBatchRetriablyAndIsWaitedForAgain() {
        ErrantRecords errant = errant(Duration.ofMillis(1));
        errant.report(record(1), new IllegalArgumentException("bad"));

        assertThatThrownBy(errant::awaitReported).isInstanceOf(RetriableException.class)
            .hasMessageContaining("dead letter queue did not confirm").hasMessageContaining("in time");
        confirmations.get(0).confirmed.complete(null);
        errant.awaitReported();
        assertThat(sent).as("reported once").hasSize(1);
    }

    @Test
    void countsEachRecordSentToTheQueueOnceThoughItIsReportedAgain() {
        ErrantRecords errant = errant(LONG);

        errant.report(record(1), new IllegalArgumentException("bad"));
        errant.report(record(1), new IllegalArgumentException("bad"));
        errant.report(record(2), new IllegalArgumentException("bad"));

        assertThat(errant.reportedCount()).isEqualTo(2);
    }

    @Test
    void stopEndsAWaitAndRefusesTheNext() throws Exception {
        ErrantRecords errant = errant(LONG);
        errant.report(record(1), new IllegalArgumentException("bad"));
        CompletableFuture<Boolean> waiting = awaitReportedOnThread(errant);
        confirmations.get(0).waitedFor.await();

        errant.stop();

        assertThatThrownBy(() -> waiting.get(30, SECONDS)).hasCauseInstanceOf(ConnectException.class)
            .hasMessageContaining("dead letter queue");
        assertThatThrownBy(errant::awaitReported).isInstanceOf(ConnectException.class).hasMessageContaining("stopped");
    }

    @Test
    void aRecordTheQueueCouldNotTakeFailsTheTask() {
        ErrantRecords errant = errant(LONG);
        errant.report(record(1), new IllegalArgumentException("bad"));
        confirmations.get(0).confirmed.completeExceptionally(new IllegalStateException("topic does not exist"));

        assertThatThrownBy(errant::awaitReported).isInstanceOf(ConnectException.class)
            .isNotInstanceOf(RetriableException.class).hasMessageContaining("topic does not exist");
    }

    @Test
    void aRecordLookedAtAgainIsReportedOnceUntilItsOffsetIsCommitted() {
        ErrantRecords errant = errant(LONG);
        errant.report(record(1), new IllegalArgumentException("bad"));
        errant.report(record(1), new IllegalArgumentException("bad")); // a retry of its batch

        errant.settled(Map.of(new TopicPartition("t", 0), 2L));
        errant.report(record(1), new IllegalArgumentException("bad")); // delivered again after a rewind

        assertThat(sent).extracting(SinkRecord::kafkaOffset).containsExactly(1L, 1L);
    }

    @Test
    void withoutAReporterTheCallerMustFail() {
        ErrantRecords errant = new ErrantRecords(null, LONG);

        assertThat(errant.report(record(1), new IllegalArgumentException("bad"))).isFalse();
        errant.awaitReported();
    }
}
