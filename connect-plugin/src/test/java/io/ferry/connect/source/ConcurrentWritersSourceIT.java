package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.OutOfOrderWriters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** The ids of the records polled and committed, and how long each row took from insert to first poll. */
    private static final class Deliveries {
        final List<Long> ids = new ArrayList<>();
        private final Set<Long> seen = new HashSet<>();
        private final Map<String, List<Long>> latencyMsByWriter = new TreeMap<>();

        void add(List<SourceRecord> records) {
            long now = System.currentTimeMillis();
            for (SourceRecord record : records) {
                Struct row = (Struct) record.value();
                long id = row.getInt64("id");
                ids.add(id);
                if (seen.add(id)) {
                    latencyMsByWriter.computeIfAbsent(row.getString("writer"), w -> new ArrayList<>())
                        .add(now - ((java.util.Date) row.get("written_at")).getTime());
                }
            }
        }

        /** Median, 99th percentile and maximum latency of each writer's rows. */
        String latencies() {
            StringBuilder text = new StringBuilder("insert-to-poll latency ms (p50/p99/max):");
            latencyMsByWriter.forEach((writer, values) -> {
                Collections.sort(values);
                text.append(String.format(" %s %d/%d/%d", writer, values.get(values.size() / 2),
                    values.get(values.size() * 99 / 100), values.get(values.size() - 1)));
            });
            return text.toString();
        }
    }

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
        final String latencies;

        Outcome(String name, OutOfOrderWriters writers, List<Long> table, Deliveries deliveries, int restarts) {
            List<Long> delivered = deliveries.ids;
            this.name = name;
            this.pairs = writers.pairs();
            this.rolledBack = writers.rolledBack();
            this.rows = table.size();
            this.emitted = delivered.size();
            Set<Long> distinct = new HashSet<>(delivered);
            this.lost = (int) table.stream().filter(id -> !distinct.contains(id)).count();
            this.duplicated = delivered.size() - distinct.size();
            this.restarts = restarts;
            this.latencies = deliveries.latencies();
        }

        @Override
        public String toString() {
            return String.format("%s: %d out-of-order pairs (%d A rolled back), %d rows written, %d emitted, "
                + "%d lost, %d duplicated, %d task restarts; %s", name, pairs, rolledBack, rows, emitted, lost,
                duplicated, restarts, latencies);
        }
    }

    private static Outcome run(String name, Map<String, String> overrides, long writeMs, long drainMs)
        throws Exception {
        Database db = PostgresServer.server().createDatabase(name);
        db.execute(OutOfOrderWriters.EVENTS_TABLE);
        Map<String, String> config = new HashMap<>(overrides);
        config.put("table.whitelist", "events");
        config.put("poll.interval.ms", "10");
        config.put("batch.max.rows", "50");
        SourceTaskRunner runner = new SourceTaskRunner(db, config, EVENTS);
        OutOfOrderWriters writers = OutOfOrderWriters.intoEvents(db);
        writers.start(6, 3);

        Deliveries delivered = new Deliveries();
        long writersStopAt = System.currentTimeMillis() + writeMs;
        long drainedBy = writersStopAt + drainMs;
        List<Long> table = null;
        int restarts = -1;
        while (System.currentTimeMillis() < drainedBy && (table == null || !new HashSet<>(delivered.ids).containsAll(table))) {
            PostgresSourceTask task = runner.start();
            restarts++;
            long restartAt = System.currentTimeMillis() + ThreadLocalRandom.current().nextLong(300, 2_500);
            while (System.currentTimeMillis() < restartAt) {
                List<SourceRecord> records = task.poll();
                if (records != null) {
                    runner.context.commit(records);
                    delivered.add(records);
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
