package io.ferry.connect.source;

import io.ferry.connect.sql.TableId;
import java.time.Clock;
import io.ferry.connect.testing.SourceConfigs;
import io.ferry.testing.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.connect.source.SourceRecord;

/** Starts source tasks the way the worker does (connector config + assigned tables) and polls them. */
final class SourceTaskRunner {
    private final Map<String, String> props;
    final FakeSourceTaskContext context = new FakeSourceTaskContext();

    SourceTaskRunner(Database database, Map<String, String> overrides, TableId... tables) {
        props = new HashMap<>(SourceConfigs.seed(database));
        props.put("poll.interval.ms", "50");
        props.putAll(overrides);
        props.put(TaskTables.KEY, TaskTables.encode(List.of(tables)));
    }

    /** A runner of one table of the public schema, named in table.whitelist. */
    static SourceTaskRunner forPublicTable(Database database, String table, Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>(overrides);
        props.put("table.whitelist", table);
        return new SourceTaskRunner(database, props, new TableId("public", table));
    }

    PostgresSourceTask start() {
        return start(Clock.systemUTC());
    }

    /** A task that reads the time from {@code clock}, e.g. a {@link MovableClock}. */
    PostgresSourceTask start(Clock clock) {
        PostgresSourceTask task = new PostgresSourceTask(clock);
        task.initialize(context);
        task.start(props);
        return task;
    }

    /** Polls until {@code done} holds for the records polled so far or the time is up, committing each batch. */
    static List<SourceRecord> pollUntil(PostgresSourceTask task, FakeSourceTaskContext context,
                                        Predicate<List<SourceRecord>> done, long timeoutMs) throws InterruptedException {
        List<SourceRecord> all = new ArrayList<>();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!done.test(all) && System.currentTimeMillis() < deadline) {
            List<SourceRecord> records = task.poll();
            if (records != null) {
                context.commit(records);
                all.addAll(records);
            }
        }
        return all;
    }
}
