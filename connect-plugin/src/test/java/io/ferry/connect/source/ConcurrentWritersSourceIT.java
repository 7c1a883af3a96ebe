package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.connect.testing.ScratchDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue "Nothing lost, nothing duplicated", scenario 1: many transactions commit out of id order
 * while the task polls and restarts; every row must be emitted exactly once.
 */
class ConcurrentWritersSourceIT {
    private static final TableId EVENTS = new TableId("public", "events");

    /** What a run delivered, against what the table holds at the end. */
    private static final class Outcome {
        final String name;
        final int pairs;
        final int rolledBack;
        final int rows;
        final int emitted;
        final int lost;
        final int duplicated;
        final int restarts;

        Outcome(String name, OutOfOrderWriters writers, List<Long> table, List<Long> delivered, int restarts) {
            this.name = name;
            this.pairs = writers.pairs();
            this.rolledBack = writers.rolledBack();
            this.rows = table.size();
            this.emitted = delivered.size();
            Set<Long> distinct = new HashSet<>(delivered);
            this.lost = (int) table.stream().filter(id -> !distinct.contains(id)).count();
            this.duplicated = delivered.size() - distinct.size();
            this.restarts = restarts;
        }

        @Override
        public String toString() {
            return String.format("%s: %d out-of-order pairs (%d A rolled back), %d rows written, %d emitted, "
                + "%d lost, %d duplicated, %d task restarts", name, pairs, rolledBack, rows, emitted, lost,
                duplicated, restarts);
        }
    }

    private static Outcome run(String name, Map<String, String> overrides, long writeMs, long drainMs)
        throws Exception {
        ScratchDatabase db = PostgresServer.server().createDatabase(name);
        db.execute(OutOfOrderWriters.TABLE);
        Map<String, String> config = new HashMap<>(overrides);
        config.put("table.whitelist", "events");
        config.put("poll.interval.ms", "10");
        config.put("batch.max.rows", "50");
        SourceTaskRunner runner = new SourceTaskRunner(db, config, EVENTS);
        OutOfOrderWriters writers = new OutOfOrderWriters(db);
        writers.start(6, 3);

        List<Long> delivered = new ArrayList<>();
        long writersStopAt = System.currentTimeMillis() + writeMs;
        long drainedBy = writersStopAt + drainMs;
        List<Long> table = null;
        int restarts = -1;
        while (System.currentTimeMillis() < drainedBy && (table == null || !new HashSet<>(delivered).containsAll(table))) {
            PostgresSourceTask task = runner.start();
            restarts++;
            long restartAt = System.currentTimeMillis() + ThreadLocalRandom.current().nextLong(300, 2_500);
            while (System.currentTimeMillis() < restartAt) {
                List<SourceRecord> records = task.poll();
                if (records != null) {
                    runner.context.commit(records);
                    records.forEach(r -> delivered.add(((Struct) r.value()).getInt64("id")));
                }
                if (table == null && System.currentTimeMillis() >= writersStopAt) {
                    writers.stop();
                    table = db.rows("SELECT id FROM events ORDER BY id").stream()
                        .map(row -> ((Number) row.get(0)).longValue()).collect(Collectors.toList());
                }
            }
            // A batch polled but never acknowledged by Kafka dies with the task: it must come again.
            task.poll();
            task.stop();
        }
        Outcome outcome = new Outcome(name, writers, table, delivered, restarts);
        System.out.println(outcome);
        return outcome;
    }

    @Test
    void emitsEveryRowExactlyOnceWhileTransactionsCommitOutOfIdOrderAndTheTaskRestarts() throws Exception {
        Outcome outcome = run("frontier_concurrent", Map.of(), 20_000, 20_000);

        assertThat(outcome.pairs).isGreaterThan(200);
        assertThat(outcome.lost).as(outcome.toString()).isZero();
        assertThat(outcome.duplicated).as(outcome.toString()).isZero();
        assertThat(outcome.emitted).isEqualTo(outcome.rows);
    }

    @Test
    void losesRowsCommittedOutOfOrderWhenHoldingIsTurnedOffAsConfluentsConnectorDoes() throws Exception {
        Outcome outcome = run("frontier_concurrent_off", Map.of("incrementing.gap.max.wait.ms", "0"), 5_000, 2_000);

        assertThat(outcome.lost).as(outcome.toString()).isPositive();
    }
}
