package io.ferry.stack;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The quickstart's live view, one line per second: rows in the source table, records in the
 * topic, rows in the target table, lag (source rows - target rows), end-to-end latency and
 * the connectors' state.
 *
 * <p>Latency is the age of the newest target row: now minus the {@code timestamp} the
 * generator gave that row when it inserted it (same JVM, same clock). As the rows arrive in
 * insertion order and one is inserted every interval, that is the source-to-target delay of
 * the rows arriving now, to within one generator interval. It grows when the pipeline stalls.
 */
final class ProgressReporter implements AutoCloseable {
    static final String HEADER = String.format(Locale.ROOT, "%8s %12s %14s %12s %8s %9s  %s",
        "elapsed", "source rows", "topic records", "target rows", "lag", "latency", "connectors");
    private static final int HEADER_EVERY_LINES = 30;

    private final IrisTableProbe source;
    private final IrisTableProbe target;
    private final TopicEndOffsets topic;
    private final ConnectorHealth connectors;
    private final long startNanos = System.nanoTime();
    private int lines;

    ProgressReporter(IrisTableProbe source, IrisTableProbe target, TopicEndOffsets topic,
                     ConnectorHealth connectors) {
        this.source = source;
        this.target = target;
        this.topic = topic;
        this.connectors = connectors;
    }

    /** The next progress line (after the header at first, and again every 30 lines). */
    String nextLines() {
        String header = lines++ % HEADER_EVERY_LINES == 0 ? HEADER + System.lineSeparator() : "";
        return header + sample();
    }

    private String sample() {
        String elapsed = (System.nanoTime() - startNanos) / 1_000_000_000L + " s";
        try {
            // Downstream first, so that source >= topic >= target on every line.
            long targetRows = target.rows();
            Optional<LocalDateTime> newest = target.newestTimestamp();
            String latency = newest.map(ts -> Elapsed.format(Duration.between(ts, LocalDateTime.now()))).orElse("-");
            long topicRecords = topic.records();
            long sourceRows = source.rows();
            return String.format(Locale.ROOT, "%8s %12d %14d %12d %8d %9s  %s", elapsed, sourceRows,
                topicRecords, targetRows, sourceRows - targetRows, latency, connectors.summary());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return String.format(Locale.ROOT, "%8s  (interrupted)", elapsed);
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%8s  (no progress this second: %s)", elapsed, e);
        }
    }

    @Override
    public void close() {
        source.close();
        target.close();
        topic.close();
    }
}
