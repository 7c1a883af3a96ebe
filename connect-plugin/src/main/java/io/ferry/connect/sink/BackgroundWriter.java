package io.ferry.connect.sink;

import io.ferry.connect.logging.LogContextThreads;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the task's rows on a thread of its own, so the worker converts the next records while
 * earlier ones are written. Rows gather in a pending batch while a write runs, and the writer
 * takes all of it as soon as it is free: an idle sink writes a put's rows at once, a busy one
 * writes large batches. About {@code capacity} rows wait at most (plus one put, and the batch
 * being written); beyond that {@link #awaitSpace()} blocks.
 *
 * <p>A transient failure is retried here, the same batch after {@code retry.backoff.ms}, at most
 * {@code max.retries} times in a row; meanwhile puts keep filling the pending batch and, once it
 * is full, are refused with a {@link RetriableException}, so the worker keeps its consumer alive
 * and delivers them again later. Any other failure stops the writer, and the task's next call
 * throws it, naming the record.
 *
 * <p>Time is read from the injected clock and every wait goes through the injected
 * {@link MonitorWait}; every wait ends when {@link #stop} is called.
 */
final class BackgroundWriter {
    private static final Logger log = LoggerFactory.getLogger(BackgroundWriter.class);
    /** How long stop() lets a write in progress finish before the connections are closed under it. */
    private static final long STOP_WAIT_MS = 10_000;

    /** Writes a batch and commits it in one transaction ({@link BatchCommitter}). */
    interface Committer {
        /**
         * @param again whether an earlier attempt failed; its commit may still have gone through
         */
        void commit(Batch batch, boolean again) throws SQLException;
    }

    private final Committer committer;
    private final RetryPolicy retries;
    private final int capacity;
    private final Clock clock;
    private final MonitorWait waits;
    private final Thread thread;

    private final Object lock = new Object();
    private Batch pending = new Batch();
    /** The batch being written, or waiting to be written again; null when the writer is idle. */
    private Batch inFlight;
    /** Its rows when taken: the writer changes the batch outside the lock. */
    private int inFlightRows;
    private RuntimeException lastTransientFailure;
    private boolean backingOff;
    private RuntimeException fatalFailure;
    private boolean stopping;
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    BackgroundWriter(Committer committer, RetryPolicy retries, int capacity, Clock clock, MonitorWait waits,
                     String name) {
        this.committer = committer;
        this.retries = retries;
        this.capacity = capacity;
        this.clock = clock;
        this.waits = waits;
        this.thread = new LogContextThreads(name).newThread(this::run); // its lines name the connector and task too
    }

    void start() {
        thread.start();
    }

    /**
     * Returns once the pending batch has room for another put. Throws the writer's fatal failure,
     * or a {@link RetriableException} while the writer waits to retry and the batch is full, or
     * once the writer is stopping.
     */
    void awaitSpace() {
        synchronized (lock) {
            while (true) {
                throwIfFailed();
                if (stopping) {
                    throw new RetriableException("The sink task is stopping; the records are delivered again");
                }
                if (pending.rowCount() < capacity) {
                    return;
                }
                if (backingOff) {
                    throw new RetriableException("The sink is waiting to write its buffered rows again after: "
                        + lastTransientFailure.getMessage(), lastTransientFailure);
                }
                waitForWriter();
            }
        }
    }

    /** Adds a put's rows and the progress it makes to the pending batch. */
    void submit(List<SinkRow> rows, Map<TopicPartition, Long> nextOffsets) {
        synchronized (lock) {
            pending.add(rows, nextOffsets);
            lock.notifyAll();
        }
    }

    /**
     * Waits, at most {@code atMost}, until every row submitted so far is committed (unless the
     * writer waits to retry, failed or stops), and returns the next offset of each partition that
     * everything before it is committed for: rows still being written after the wait count at a
     * later call. Never throws the writer's failure: what is committed is safe to commit even then
     * (the worker commits offsets as a failed task closes), and the next put throws it.
     */
    Map<TopicPartition, Long> drain(Duration atMost) {
        synchronized (lock) {
            long deadline = clock.millis() + atMost.toMillis();
            for (long left = atMost.toMillis(); left > 0 && writesAhead(); left = deadline - clock.millis()) {
                try {
                    waits.await(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break; // the worker's thread is interrupted: it wants to go on, with what is committed
                }
            }
            return new HashMap<>(committed);
        }
    }

    /** Rows submitted and not committed yet: those pending and those of the batch being written. */
    long rowsWaiting() {
        synchronized (lock) {
            return pending.rowCount() + inFlightRows;
        }
    }

    /** Whether rows submitted so far are being written or wait to be, with nothing in the way. */
    private boolean writesAhead() {
        return fatalFailure == null && !backingOff && !stopping && (inFlight != null || !pending.isEmpty());
    }

    /**
     * Gives up the rows of partitions this task no longer owns. Returns only after the write in
     * progress has ended (or the writer stops), so no write for them happens once their new
     * owner may start; the writes after it have none of their rows.
     */
    void revoke(Collection<TopicPartition> partitions) {
        synchronized (lock) {
            pending.removePartitions(partitions);
            Batch writing = inFlight;
            while (writing != null && inFlight == writing && !backingOff && fatalFailure == null && !stopping) {
                waitForWriter();
            }
            if (backingOff) {
                inFlight.removePartitions(partitions); // the writer only touches it again after its backoff
            }
            committed.keySet().removeAll(partitions);
        }
    }

    /**
     * Stops taking batches and ends the writer's waits: its own (a backoff) and, through
     * {@code endCommitWaits}, those inside a commit (the dead letter queue's). Lets a write in
     * progress finish for a while. Uncommitted rows are redelivered. Returns whether the writer
     * ended; false when a write still runs, whose connection the task then closes under it.
     */
    boolean stop(Runnable endCommitWaits) {
        synchronized (lock) {
            stopping = true;
            lock.notifyAll();
        }
        endCommitWaits.run();
        try {
            thread.join(STOP_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private void throwIfFailed() {
        if (fatalFailure != null) {
            throw new ConnectException("A previous write failed: " + fatalFailure.getMessage(), fatalFailure);
        }
    }

    private void waitForWriter() {
        try {
            waits.await(lock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while waiting for the sink's writer", e);
        }
    }

    private void run() {
        try {
            Batch batch;
            while ((batch = nextBatch()) != null) {
                if (!writeUntilCommitted(batch)) {
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            fail(new ConnectException("The sink's writer stopped unexpectedly: " + e, e));
        }
    }

    /** Waits for rows or progress to write and takes them all; null when stopping. */
    private Batch nextBatch() {
        synchronized (lock) {
            while (!stopping && pending.isEmpty()) {
                try {
                    waits.await(lock);
                } catch (InterruptedException e) {
                    return null;
                }
            }
            if (stopping) {
                return null;
            }
            inFlight = pending;
            inFlightRows = inFlight.rowCount();
            pending = new Batch();
            lock.notifyAll();
            return inFlight;
        }
    }

    /** False when the writer must stop: a fatal failure, or stop() during the write or its backoff. */
    private boolean writeUntilCommitted(Batch batch) {
        boolean again = false;
        while (true) {
            try {
                committer.commit(batch, again);
                retries.succeeded();
                synchronized (lock) {
                    batch.nextOffsets().forEach((partition, next) -> committed.merge(partition, next, Math::max));
                    inFlight = null;
                    inFlightRows = 0;
                    lock.notifyAll();
                }
                return true;
            } catch (SQLException | RuntimeException e) {
                if (isStopping()) {
                    return false; // stop() ended the write (its wait, or its connection): the rows are redelivered
                }
                RuntimeException failure = retries.failed(e);
                if (!(failure instanceof RetriableException)) {
                    fail(failure);
                    return false;
                }
                if (!backOff(failure)) {
                    return false;
                }
                again = true;
            }
        }
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    private boolean backOff(RuntimeException failure) {
        synchronized (lock) {
            backingOff = true;
            lastTransientFailure = failure;
            lock.notifyAll();
            long deadline = clock.millis() + retries.backoffMs();
            try {
                for (long left = retries.backoffMs(); !stopping && left > 0; left = deadline - clock.millis()) {
                    waits.await(lock, left);
                }
            } catch (InterruptedException e) {
                stopping = true;
            }
            backingOff = false;
            lock.notifyAll();
            return !stopping;
        }
    }

    private void fail(RuntimeException failure) {
        log.error("Writing failed; the task stops at its next call: {}", failure.getMessage());
        synchronized (lock) {
            fatalFailure = failure;
            inFlight = null;
            inFlightRows = 0;
            lock.notifyAll();
        }
    }
}
