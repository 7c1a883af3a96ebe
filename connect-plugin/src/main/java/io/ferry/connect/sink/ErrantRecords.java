package io.ferry.connect.sink;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
 * <p>A put that fails with a transient error is delivered again; its records reported the first
 * time are remembered until a put succeeds, so the dead letter queue gets each of them once.
 */
final class ErrantRecords {
    private static final Logger log = LoggerFactory.getLogger(ErrantRecords.class);

    private final ErrantRecordReporter reporter;
    private final Set<String> reportedSinceLastSuccess = new HashSet<>();
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
    boolean report(SinkRecord record, Throwable error) {
        if (reporter == null) {
            return false;
        }
        String coordinates = RecordCoordinates.of(record);
        if (!reportedSinceLastSuccess.add(coordinates)) {
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
        try {
            for (Future<Void> report : unconfirmed) {
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
        unconfirmed.clear();
    }

    /** A put succeeded: its records will not be delivered again by a retry. */
    void settled() {
        reportedSinceLastSuccess.clear();
    }
}
