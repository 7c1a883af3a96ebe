package io.ferry.connect.sink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's errant-record reporter (dead letter queue), when it has one: Connect 2.6+ with
 * {@code errors.tolerance=all}. Only records whose data is at fault are sent here.
 *
 * <p>A record may be looked at again before it is committed (a put refused with a transient error
 * is delivered again; a failed batch is written again): reported records are remembered until
 * their offsets are committed, so the dead letter queue gets each of them once. The task's thread
 * and the writer's both report here.
 */
final class ErrantRecords {
    /**
     * How long a transaction waits for the dead letter queue to confirm its records before it is
     * rolled back and retried: the rows it wrote hold their locks meanwhile, and an unreachable
     * queue should show up as retries in the log well before the producer gives up (its
     * delivery.timeout.ms is two minutes by default).
     */
    static final Duration CONFIRM_WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ErrantRecords.class);

    private final ErrantRecordReporter reporter;
    private final Duration confirmWait;
    private final Map<TopicPartition, NavigableSet<Long>> reportedUncommitted = new HashMap<>();
    private final List<Future<Void>> unconfirmed = new ArrayList<>();
    /** The thread in {@link #awaitReported}, for {@link #stop} to interrupt; null when none waits. */
    private Thread waiting;
    private boolean stopped;
    private long reportedCount;

    ErrantRecords(ErrantRecordReporter reporter, Duration confirmWait) {
        this.reporter = reporter;
        this.confirmWait = confirmWait;
    }

    static ErrantRecords of(SinkTaskContext context) {
        try {
            return new ErrantRecords(context.errantRecordReporter(), CONFIRM_WAIT);
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return new ErrantRecords(null, CONFIRM_WAIT); // a worker older than Connect 2.6
        }
    }

    /** Hands the record to the reporter; false when there is none, so the caller must fail instead. */
    synchronized boolean report(SinkRecord record, Throwable error) {
        if (reporter == null) {
            return false;
        }
        String coordinates = RecordCoordinates.of(record);
        TopicPartition partition = new TopicPartition(record.topic(), record.kafkaPartition());
        if (!reportedUncommitted.computeIfAbsent(partition, p -> new TreeSet<>()).add(record.kafkaOffset())) {
            log.debug("Record {} was reported before this retry; not reporting it again", coordinates);
            return true;
        }
        log.warn("Reporting record {} as errant: {}", coordinates, error.getMessage());
        unconfirmed.add(reporter.report(record, error));
        reportedCount++;
        return true;
    }

    /**
     * Waits until the dead letter queue has every record reported so far, so that a transaction
     * that counts them as done (their offsets) commits only after they are safe. Waits at most the
     * confirm wait ({@link #CONFIRM_WAIT} in production), then throws a {@link RetriableException}:
     * the transaction is rolled back and written again later, so nothing is committed and nothing
     * lost. {@link #stop} ends the wait. Called by the writer's thread alone.
     */
    void awaitReported() {
        List<Future<Void>> reports;
        synchronized (this) {
            if (stopped) {
                throw new ConnectException("The task stopped before the dead letter queue confirmed its records");
            }
            reports = new ArrayList<>(unconfirmed);
            waiting = Thread.currentThread();
        }
        try {
            awaitAll(reports);
        } finally {
            synchronized (this) {
                waiting = null;
                if (stopped) {
                    Thread.interrupted(); // stop()'s interrupt, should it have come after the wait
                }
            }
        }
        synchronized (this) {
            unconfirmed.subList(0, reports.size()).clear(); // reports are only added after these
        }
    }

    private void awaitAll(List<Future<Void>> reports) {
        long deadline = System.nanoTime() + confirmWait.toNanos();
        try {
            for (Future<Void> report : reports) {
                if (report != null) {
                    report.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
            }
        } catch (InterruptedException e) {
            if (!isStopped()) {
                Thread.currentThread().interrupt();
            }
            throw new ConnectException("Interrupted while waiting for the dead letter queue to confirm records", e);
        } catch (ExecutionException e) {
            throw new ConnectException("Sending a record to the dead letter queue failed: "
                + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new RetriableException("The dead letter queue did not confirm the records reported to it in time ("
                + confirmWait.toMillis() + " ms); the batch is rolled back and written again", e);
        }
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    /** Ends a wait for the dead letter queue, and refuses later ones: the task stops. Callable from any thread. */
    synchronized void stop() {
        stopped = true;
        if (waiting != null) {
            waiting.interrupt();
        }
    }

    /** Records handed to the reporter so far, each once. */
    synchronized long reportedCount() {
        return reportedCount;
    }

    /** Offsets below these are committed: their records will not be looked at again. */
    synchronized void settled(Map<TopicPartition, Long> nextOffsets) {
        nextOffsets.forEach((partition, next) -> {
            NavigableSet<Long> reported = reportedUncommitted.get(partition);
            if (reported != null) {
                reported.headSet(next).clear();
            }
        });
    }
}
