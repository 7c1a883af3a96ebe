package io.ferry.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.ferry.stack.ConnectRestClient;
import io.ferry.stack.ConnectRestException;
import io.ferry.testing.Pause;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One timed run: creates a connector and waits until a count (rows in the target, records in
 * a topic) reaches the goal, failing early if the connector or a task fails. Deletes the
 * connector afterwards.
 */
final class ConnectorRun {
    private static final Duration POLL = Duration.ofMillis(50);
    private static final long STATUS_EVERY_MILLIS = 2000;

    private final ConnectRestClient rest;

    ConnectorRun(ConnectRestClient rest) {
        this.rest = rest;
    }

    /** Seconds from {@code POST /connectors} until {@code progress} reaches {@code goal}. */
    double secondsUntil(JsonNode connector, long goal, LongSupplier progress, Duration timeout) {
        String name = connector.path("name").asText();
        long start = System.nanoTime();
        rest.create(connector);
        try {
            long lastStatus = start;
            long deadline = start + timeout.toNanos();
            long seen;
            while ((seen = progress.getAsLong()) < goal) {
                long now = System.nanoTime();
                if (now > deadline) {
                    throw new IllegalStateException(name + " reached " + seen + " of " + goal + " in " + timeout.toSeconds() + " s");
                }
                if (now - lastStatus > STATUS_EVERY_MILLIS * 1_000_000) {
                    failIfFailed(name);
                    lastStatus = now;
                }
                Pause.of(POLL);
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            rest.delete(name);
        }
    }

    private void failIfFailed(String name) {
        JsonNode status;
        try {
            status = rest.status(name);
        } catch (ConnectRestException e) {
            if (e.status() == 404) {
                return; // created, but a busy worker has not written its status yet
            }
            throw e;
        }
        if ("FAILED".equals(status.path("connector").path("state").asText())) {
            throw new IllegalStateException(name + " failed: " + status.path("connector").path("trace").asText());
        }
        for (JsonNode task : status.path("tasks")) {
            if ("FAILED".equals(task.path("state").asText())) {
                throw new IllegalStateException(name + " task failed: " + task.path("trace").asText());
            }
        }
    }
}
