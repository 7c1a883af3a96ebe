package io.ferry.connect.source;

import io.ferry.connect.logging.LogContextThreads;
import io.ferry.connect.source.query.TableReader;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Reads a table's next page on a thread of its own while the worker converts and sends the page
 * just returned, so a table being caught up is read and published at the same time. At most one
 * read runs ahead, holding at most one page; the task takes its result before it touches any
 * reader or the connection again, so they are never used by two threads at once.
 */
final class ReadAhead {
    private final ExecutorService executor;
    private TableReader reader;
    private long startedAt;
    private Future<List<SourceRecord>> pending;

    ReadAhead(String threadName) {
        this.executor = Executors.newSingleThreadExecutor(new LogContextThreads(threadName));
    }

    /** Starts reading {@code reader}'s next page with {@code read}; does nothing once closed. */
    void start(TableReader reader, long now, Supplier<List<SourceRecord>> read) {
        try {
            this.pending = executor.submit(read::get);
            this.reader = reader;
            this.startedAt = now;
        } catch (RejectedExecutionException e) {
            // stop() came between the poll's check and here: there is nothing more to read
        }
    }

    boolean isPending() {
        return pending != null;
    }

    TableReader reader() {
        return reader;
    }

    long startedAt() {
        return startedAt;
    }

    /** Waits for the read and returns its records, or throws what it threw. */
    List<SourceRecord> take() {
        Future<List<SourceRecord>> read = pending;
        pending = null;
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while reading " + reader.table(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new ConnectException("Reading " + reader.table() + " failed: " + e.getCause(),
                e.getCause());
        }
    }

    /** A read in progress ends when the task closes its connections; its records are dropped. */
    void close() {
        executor.shutdown();
    }
}
