package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.postgres.DatabaseClock;
import io.ferry.connect.postgres.OpenTransactions;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's late commits: transactions hold old timestamps open while later rows commit, over
 * 10,000 rows written in groups of one timestamp, with updates, and task restarts. With the commit
 * frontier every row's last version is published and no version twice; with it off (Confluent's
 * behaviour) late rows are lost, which the test also shows so that it can fail.
 */
class LateCommitSourceIT {
    private static final TableId EVENTS = new TableId("public", "events");
    private static final int ROWS = 10_000;
    private static final long MIN_WRITING_MS = 8_000;

    /** What a run published against what the table holds at its end. */
    private static final class Figures {
        int written;
        int updates;
        int lateTransactions;
        int published;
        int lost;
        int duplicates;
        long lagP50Ms;
        long lagP99Ms;

        String describe(String run) {
            return String.format("%s: %d rows written (%d updates, %d late transactions), %d records published, "
                + "%d rows lost (last version never published), %d versions published twice; lag from a row's "
                + "timestamp to its poll p50 %d ms, p99 %d ms", run, written, updates, lateTransactions, published, lost,
                duplicates, lagP50Ms, lagP99Ms);
        }
    }

    private static Figures run(String name, String mode, boolean frontier) throws Exception {
        Database db = PostgresServer.server().createDatabase(name);
        db.execute(LateCommitWriters.EVENTS_TABLE);
        Map<String, String> props = new HashMap<>(Map.of("mode", mode, "table.whitelist", "events",
            "timestamp.column.name", "updated_at", "incrementing.column.name", mode.contains("incrementing") ? "id" : "",
            "batch.max.rows", "50", "poll.interval.ms", "20"));
        if (!frontier) {
            props.put("timestamp.commit.max.wait.ms", "0");
        }
        SourceTaskRunner runner = new SourceTaskRunner(db, props, EVENTS);
        LateCommitWriters writers = new LateCommitWriters(db);
        List<SourceRecord> published = new ArrayList<>();
        List<Long> lags = new ArrayList<>();

        PostgresSourceTask task = runner.start();
        long started = System.currentTimeMillis();
        writers.start(3, 3);
        long restartAt = started + 2_000;
        while (writers.inserted() < ROWS || System.currentTimeMillis() - started < MIN_WRITING_MS) {
            pollOnce(task, runner, published, lags);
            if (System.currentTimeMillis() >= restartAt) {
                task.stop(); // every record polled was committed: the new task goes on from there
                task = runner.start();
                restartAt += 2_000;
            }
        }
        writers.stop();
        Map<Long, Integer> finalVersions = finalVersions(db);
        long deadline = System.currentTimeMillis() + 60_000;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline && System.currentTimeMillis() - quietSince < 3_000
            && lost(finalVersions, published) > 0) {
            if (pollOnce(task, runner, published, lags)) {
                quietSince = System.currentTimeMillis();
            }
        }
        task.stop();

        Figures figures = new Figures();
        figures.written = writers.inserted();
        figures.updates = writers.updates();
        figures.lateTransactions = writers.lateTransactions();
        figures.published = published.size();
        figures.lost = lost(finalVersions, published);
        figures.duplicates = duplicates(published);
        Collections.sort(lags);
        figures.lagP50Ms = lags.get(lags.size() / 2);
        figures.lagP99Ms = lags.get(lags.size() * 99 / 100);
        System.out.println(figures.describe(name + " (" + mode + ", frontier " + (frontier ? "on" : "off") + ")"));
        return figures;
    }

    private static boolean pollOnce(PostgresSourceTask task, SourceTaskRunner runner, List<SourceRecord> published,
                                    List<Long> lags) {
        List<SourceRecord> records = task.poll();
        if (records == null || records.isEmpty()) {
            return false;
        }
        long now = System.currentTimeMillis();
        records.forEach(r -> lags.add(now - ((Date) ((Struct) r.value()).get("updated_at")).getTime()));
        runner.context.commit(records);
        published.addAll(records);
        return true;
    }

    private static Map<Long, Integer> finalVersions(Database db) {
        Map<Long, Integer> versions = new HashMap<>();
        for (List<Object> row : db.rows("SELECT id, version FROM events")) {
            versions.put(((Number) row.get(0)).longValue(), ((Number) row.get(1)).intValue());
        }
        return versions;
    }

    private static String version(SourceRecord record) {
        Struct value = (Struct) record.value();
        return value.getInt64("id") + "@" + value.getInt32("version");
    }

    private static int lost(Map<Long, Integer> finalVersions, List<SourceRecord> published) {
        Set<String> seen = new HashSet<>();
        published.forEach(r -> seen.add(version(r)));
        return (int) finalVersions.entrySet().stream().filter(e -> !seen.contains(e.getKey() + "@" + e.getValue())).count();
    }

    private static int duplicates(List<SourceRecord> published) {
        Set<String> seen = new HashSet<>();
        return (int) published.stream().filter(r -> !seen.add(version(r))).count();
    }

    private static void assertExact(Figures figures, String what) {
        assertThat(figures.written).isGreaterThanOrEqualTo(ROWS);
        assertThat(figures.lateTransactions).as("late transactions").isGreaterThan(20);
        assertThat(figures.lost).as(figures.describe(what)).isZero();
        assertThat(figures.duplicates).as(figures.describe(what)).isZero();
    }

    @Test
    void timestampIncrementingModePublishesEveryLateCommittedRowOnce() throws Exception {
        assertExact(run("late_ts_inc", "timestamp+incrementing", true), "timestamp+incrementing");
    }

    @Test
    void timestampModePublishesEveryLateCommittedRowOnce() throws Exception {
        assertExact(run("late_ts", "timestamp", true), "timestamp");
    }

    /** The frontier's questions per read cycle: the database's clock and the open transactions. */
    @Test
    void measuresWhatAReadCycleOfTheFrontierCosts() throws Exception {
        Database db = PostgresServer.server().createDatabase("late_cost");
        List<Connection> open = new ArrayList<>();
        try (Connection reader = db.connect()) {
            for (int i = 0; i < 10; i++) {
                Connection connection = db.connect();
                connection.setAutoCommit(false);
                connection.createStatement().execute("SELECT 1"); // open, idle in transaction
                open.add(connection);
            }
            OpenTransactions transactions = new OpenTransactions();
            DatabaseClock clock = new DatabaseClock();
            int cycles = 1_000;
            long started = System.nanoTime();
            for (int i = 0; i < cycles; i++) {
                clock.now(reader);
                assertThat(transactions.listWithStarts(reader)).hasSizeGreaterThanOrEqualTo(10);
            }
            long micros = (System.nanoTime() - started) / 1_000 / cycles;
            System.out.printf("Frontier cost: %d us per read cycle (clock + pg_locks with 10 transactions open)%n",
                micros);
            assertThat(micros).isPositive();
        } finally {
            for (Connection connection : open) {
                connection.close();
            }
        }
    }

    @Test
    void withTheFrontierOffBothModesLoseLateCommittedRowsAsConfluentsConnectorDoes() throws Exception {
        Figures incrementing = run("late_ts_inc_off", "timestamp+incrementing", false);
        Figures timestamp = run("late_ts_off", "timestamp", false);

        assertThat(incrementing.lost).as(incrementing.describe("frontier off")).isGreaterThan(0);
        assertThat(timestamp.lost).as(timestamp.describe("frontier off")).isGreaterThan(0);
    }
}
