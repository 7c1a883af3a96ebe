package io.ferry.connect.sink;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;

/**
 * Stands in for the transaction that writes a batch: each attempt waits until the test says how
 * it ends, so a test knows exactly what the writer is doing at every step.
 */
final class ScriptedCommitter implements BackgroundWriter.Committer {
    /** One call of {@link #commit}: what it was given, and how the test lets it end. */
    static final class Attempt {
        final List<Long> offsets = new ArrayList<>();
        final Map<TopicPartition, Long> nextOffsets;
        final boolean again;
        private final CompletableFuture<Exception> outcome = new CompletableFuture<>();

        Attempt(Batch batch, boolean again) {
            batch.tables().forEach(t -> batch.rowsOf(t).forEach(row -> offsets.add(row.record().kafkaOffset())));
            this.nextOffsets = new HashMap<>(batch.nextOffsets());
            this.again = again;
        }

        void commits() {
            outcome.complete(null);
        }

        void fails(Exception error) {
            outcome.complete(error);
        }
    }

    private final BlockingQueue<Attempt> attempts = new LinkedBlockingQueue<>();
    private final List<Attempt> all = new CopyOnWriteArrayList<>();

    @Override
    public void commit(Batch batch, boolean again) throws SQLException {
        Attempt attempt = new Attempt(batch, again);
        all.add(attempt);
        attempts.add(attempt);
        Exception error;
        try {
            error = attempt.outcome.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        if (error instanceof SQLException) {
            throw (SQLException) error;
        }
        if (error != null) {
            throw (RuntimeException) error;
        }
    }

    /** The writer's next attempt, once it has begun. */
    Attempt next() throws InterruptedException {
        Attempt attempt = attempts.poll(30, TimeUnit.SECONDS);
        if (attempt == null) {
            throw new AssertionError("The writer began no attempt to commit");
        }
        return attempt;
    }

    /** Ends every attempt still waiting, as stop() ends a wait inside a commit. */
    void endWaits() {
        all.forEach(a -> a.fails(new IllegalStateException("the test ended the attempt")));
    }

    /** Attempts begun and not yet taken with {@link #next}. */
    int waiting() {
        return attempts.size();
    }
}
