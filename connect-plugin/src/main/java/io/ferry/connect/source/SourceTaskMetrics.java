package io.ferry.connect.source;

import io.ferry.connect.metrics.JmxRegistration;
import io.ferry.connect.metrics.MetricsBean;
import io.ferry.connect.metrics.TaskName;
import io.ferry.connect.source.query.RowSource;
import io.ferry.connect.source.query.SourceTable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import javax.management.MBeanServer;

/**
 * A source task's metrics over JMX: one bean for the task
 * ({@code io.ferry.connect:type=source-task-metrics,connector=<name>,task=<n>}, totals over its
 * tables) and one per table ({@code type=source-table-metrics,...,table=<schema.table>}, or
 * {@code table=query} for the custom query). Published while the task runs.
 */
final class SourceTaskMetrics implements AutoCloseable {
    static final String TASK_TYPE = "source-task-metrics";
    static final String TABLE_TYPE = "source-table-metrics";

    private final TaskName name;
    private final Clock clock;
    private final MBeanServer server;
    private final LongAdder polls = new LongAdder();
    private final Map<RowSource, SourceTableMetrics> tables = new ConcurrentHashMap<>();
    private final List<JmxRegistration> registrations = new CopyOnWriteArrayList<>();

    SourceTaskMetrics(TaskName name, Clock clock, MBeanServer server) {
        this.name = name;
        this.clock = clock;
        this.server = server;
        registrations.add(JmxRegistration.publish(server, name.objectName(TASK_TYPE), taskBean()));
    }

    void polled() {
        polls.increment();
    }

    /** The table's figures, published on first use. */
    SourceTableMetrics table(SourceTable table) {
        return tables.computeIfAbsent(table.source(), source -> {
            SourceTableMetrics metrics = new SourceTableMetrics(clock);
            String key = source.isQuery() ? "query" : source.tableId().toString();
            registrations.add(JmxRegistration.publish(server, name.objectName(TABLE_TYPE, "table", key),
                metrics.bean(source.toString())));
            return metrics;
        });
    }

    private MetricsBean taskBean() {
        return new MetricsBean("Ferry source task " + name)
            .add("Polls", "Calls of poll() by the worker", polls::sum)
            .add("Tables", "Tables (or the custom query) the task reads", () -> tables.size())
            .add("RowsRead", "Rows fetched, all tables", () -> sum(SourceTableMetrics::rowsRead))
            .add("RowsEmitted", "Rows handed to the worker as records, all tables",
                () -> sum(SourceTableMetrics::rowsEmitted))
            .add("Reads", "Page reads, all tables", () -> sum(SourceTableMetrics::reads))
            .add("ReadTimeMs", "Time spent reading pages, in ms, all tables", () -> sum(SourceTableMetrics::readTimeMs))
            .add("RowsHeld", "Rows held back for open transactions, all tables", () -> sum(SourceTableMetrics::rowsHeld))
            .add("OldestHeldAgeMs", "The longest any table has held rows back without a break, in ms",
                () -> tables.values().stream().mapToLong(SourceTableMetrics::oldestHeldAgeMs).max().orElse(0))
            .add("NewestRowAgeMs", "The lowest NewestRowAgeMs of the tables; -1 before the first emit",
                () -> tables.values().stream().mapToLong(SourceTableMetrics::newestRowAgeMs).filter(age -> age >= 0)
                    .min().orElse(-1));
    }

    private long sum(ToLongFunction<SourceTableMetrics> figure) {
        return tables.values().stream().mapToLong(figure).sum();
    }

    /** Unpublishes every bean. */
    @Override
    public void close() {
        registrations.forEach(JmxRegistration::close);
    }
}
