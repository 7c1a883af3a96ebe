package io.ferry.connect.sink;

import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's errant-record reporter (dead letter queue), when it has one: Connect 2.6+ with
 * {@code errors.tolerance=all}. Only records whose data is at fault are sent here.
 */
final class ErrantRecords {
    private static final Logger log = LoggerFactory.getLogger(ErrantRecords.class);

    private final ErrantRecordReporter reporter;

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
        log.warn("Reporting record {} as errant: {}", RecordCoordinates.of(record), error.getMessage());
        reporter.report(record, error);
        return true;
    }
}
