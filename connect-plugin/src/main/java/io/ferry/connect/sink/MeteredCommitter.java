package io.ferry.connect.sink;

import java.sql.SQLException;
import java.time.Clock;

/** Counts the batches a committer commits, their rows and write time, and the attempts that retry one. */
final class MeteredCommitter implements BackgroundWriter.Committer {
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
        metrics.committed(batch.rowCount(), clock.millis() - started);
    }
}
