package io.ferry.connect.sink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
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
    private static final Logger log = LoggerFactory.getLogger(ErrantRecords.class);

    private final ErrantRecordReporter reporter;
    private final Map<TopicPartition, NavigableSet<Long>> reportedUncommitted = new HashMap<>();
    private final List<Future<Void>> unconfirmed = new ArrayList<>();

    private ErrantRecords(ErrantRecordReporter reporter) {
        this.reporter = reporter;
    }

    static ErrantRecords of(SinkTaskContext context) {
        try {
            return new ErrantRecords(context.errantRecordReporter());
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return new ErrantRecords(null); // a worker older than Connect 2.6
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
        return true;
    }

    /**
     * Waits until the dead letter queue has every record reported so far, so that a transaction
     * that counts them as done (their offsets) commits only after they are safe.
     */
    void awaitReported() {
        List<Future<Void>> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(unconfirmed);
        }
        try {
            for (Future<Void> report : waiting) {
                if (report != null) {
                    report.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while waiting for the dead letter queue", e);
        } catch (ExecutionException e) {
            throw new ConnectException("Sending a record to the dead letter queue failed: "
                + e.getCause().getMessage(), e.getCause());
        }
        synchronized (this) {
            unconfirmed.subList(0, waiting.size()).clear(); // reports are only added after these
        }
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
