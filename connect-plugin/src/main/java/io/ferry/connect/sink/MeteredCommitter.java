package io.ferry.connect.sink;

import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts the batches a committer commits, their rows and write time, and the attempts that retry one. */
final class MeteredCommitter implements BackgroundWriter.Committer {
    private static final Logger log = LoggerFactory.getLogger(MeteredCommitter.class);

    private final BackgroundWriter.Committer committer;
    private final SinkTaskMetrics metrics;
    private final Clock clock;

    MeteredCommitter(BackgroundWriter.Committer committer, SinkTaskMetrics metrics, Clock clock) {
        this.committer = committer;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void commit(Batch batch, boolean again) throws SQLException {
        if (again) {
            metrics.retried();
        }
        long started = clock.millis();
        committer.commit(batch, again);
        long millis = clock.millis() - started;
        metrics.committed(batch.rowCount(), millis);
        if (log.isDebugEnabled()) {
            log.debug("Committed {} row(s) into {} in {} ms", batch.rowCount(), batch.tables(), millis);
        }
    }
}
