package io.ferry.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import io.ferry.testing.IrisTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The pipeline of the cluster tests: three source tables of iris_data's columns, read by one
 * source into one topic of three partitions, and sinks writing that topic into tables of the
 * target. Source table k draws its ids from a range of its own (from k * 100,000 + 1), so an id
 * names one row of the three; the view {@code <name>_all} shows them together. Every table,
 * topic and connector is named after {@code name}, so that scenarios can share one cluster.
 */
final class ThreeTablePipeline {
    static final int TABLES = 3;
    private static final int IDS_PER_TABLE = 100_000;
    private static final String SINK_OFFSETS_TABLE = "ferry_sink_offsets";
    private static final Duration ROWS_FLOW_TIMEOUT = Duration.ofSeconds(90);

    /** How a sink writes the topic; each kind has a target table of its own. */
    enum Sink {
        /** The repository's sink: upsert keyed by the record's id. */
        UPSERT,
        /** Insert mode without a key, its offsets kept in the target with the rows. */
        KEYLESS_OFFSETS_IN_DATABASE,
        /** Insert mode without a key, Kafka's consumer offsets only (at least once). */
        KEYLESS
    }

    private final LocalStack stack;
    private final String name;

    private ThreeTablePipeline(LocalStack stack, String name) {
        this.stack = stack;
        this.name = name;
    }

    /** Creates the source tables and their view, the topic, and a target table for each kind of sink. */
    static ThreeTablePipeline create(LocalStack stack, String name) {
        ThreeTablePipeline pipeline = new ThreeTablePipeline(stack, name);
        Database source = stack.postgres().source();
        List<String> tables = pipeline.sourceTables();
        for (int k = 0; k < TABLES; k++) {
            source.execute(IrisTable.ddl(tables.get(k)),
                "ALTER SEQUENCE " + tables.get(k) + "_id_seq RESTART WITH " + (pipeline.firstId(k)));
        }
        source.execute("CREATE VIEW " + pipeline.allRows() + " AS " + tables.stream()
            .map(t -> "SELECT * FROM " + t).collect(Collectors.joining(" UNION ALL ")));
        Database target = stack.postgres().target();
        target.execute(IrisTable.ddl(pipeline.targetTable(Sink.UPSERT)),
            IrisTable.keylessDdl(pipeline.targetTable(Sink.KEYLESS_OFFSETS_IN_DATABASE)),
            IrisTable.keylessDdl(pipeline.targetTable(Sink.KEYLESS)));
        new TopicContents(stack.broker().bootstrapServers()).create(pipeline.topic(), TABLES);
        return pipeline;
    }

    List<String> sourceTables() {
        List<String> tables = new ArrayList<>();
        for (int k = 1; k <= TABLES; k++) {
            tables.add(name + "_" + k);
        }
        return tables;
    }

    /** The view of the source holding the rows of all three tables. */
    String allRows() {
        return name + "_all";
    }

    String topic() {
        return name;
    }

    String targetTable(Sink sink) {
        return name + "_" + sink.name().toLowerCase(Locale.ROOT);
    }

    String sinkName(Sink sink) {
        return name + "-" + sink.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String sourceName() {
        return name + "-source";
    }

    /**
     * The repository's source over the three tables with {@code tasksMax} tasks, every record
     * routed to the one topic (RegexRouter after the repository's own transform).
     */
    ConnectorJson source(int tasksMax) {
        return StackUnderTest.repoConnector("source_connector.json").pointedAt(stack.postgres().source())
            .named(sourceName())
            .with("table.whitelist", String.join(",", sourceTables()))
            .with("tasks.max", Integer.toString(tasksMax))
            .with("transforms", "TimestampConverter,toOneTopic")
            .with("transforms.toOneTopic.type", "org.apache.kafka.connect.transforms.RegexRouter")
            .with("transforms.toOneTopic.regex", ".*")
            .with("transforms.toOneTopic.replacement", topic());
    }

    /** The repository's sink from the topic into the table of {@code sink}, with {@code tasksMax} tasks. */
    ConnectorJson sink(Sink sink, int tasksMax) {
        ConnectorJson json = StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target())
            .named(sinkName(sink))
            .with("topics", topic())
            .with("table.name.format", targetTable(sink))
            .with("tasks.max", Integer.toString(tasksMax));
        if (sink == Sink.UPSERT) {
            return json;
        }
        ConnectorJson keyless = json.with("insert.mode", "insert").with("pk.mode", "none").with("pk.fields", "");
        return sink == Sink.KEYLESS ? keyless : keyless.with("offsets.storage.table", SINK_OFFSETS_TABLE);
    }

    /**
     * With {@code rowsPerSecondPerTable} rows a second arriving in each source table: creates
     * {@code connectors}, waits until their {@code tasks} tasks run and rows of every table reach
     * the upsert sink's table, runs {@code scenario}, and stops the rows; returns what the
     * scenario returned. Fails if an insert failed.
     */
    <T> T whileRowsArrive(int rowsPerSecondPerTable, List<ConnectorJson> connectors, int tasks, Supplier<T> scenario) {
        IrisGenerator generator = IrisGenerator.intoTables(stack.postgres().source(), sourceTables(),
            rowsPerSecondPerTable);
        try {
            connectors.forEach(c -> stack.rest().create(c.asJson()));
            new ClusterTasks(stack).awaitPlaced(connectors.stream().map(ConnectorJson::name)
                .collect(Collectors.toList()), tasks);
            awaitWritten(Sink.UPSERT, newestIds(), ROWS_FLOW_TIMEOUT);
            T result = scenario.get();
            generator.stop();
            return result;
        } finally {
            generator.close();
        }
    }

    /**
     * {@code rows} rows more in {@code table}, inserted at once in one transaction: a source
     * task reading them publishes page after page, one transaction after another with
     * exactly-once support.
     */
    void insertBurst(String table, int rows) {
        stack.postgres().source().execute("INSERT INTO " + table + " (" + IrisTable.INSERT_COLUMNS + ") "
            + "SELECT localtimestamp, 4 + random() * 4, 2 + random() * 2.5, 1 + random() * 6, random() * 2.5, "
            + "(random() * 2)::int FROM generate_series(1, " + rows + ")");
    }

    /**
     * The tables each source task reads, by task id, from the {@code tables} entry of its config
     * in {@code GET /connectors/{name}/tasks}: "public.loss_1".
     */
    Map<Integer, List<String>> sourceTaskTables() {
        Map<Integer, List<String>> tables = new TreeMap<>();
        for (JsonNode task : stack.rest().tasks(sourceName())) {
            String encoded = task.path("config").path("tables").asText();
            tables.put(task.path("id").path("task").asInt(), List.of(encoded.replace("\"", "").split(",")));
        }
        return tables;
    }

    /** The checks of the rows of all three tables against the table of {@code sink}. */
    DeliveryChecks checks(Sink sink) {
        return new DeliveryChecks(stack, sinkName(sink), allRows(), targetTable(sink));
    }

    /** Each source table's newest id now (before the first row: the id before its range). */
    Map<String, Long> newestIds() {
        Map<String, Long> newest = new LinkedHashMap<>();
        List<String> tables = sourceTables();
        for (int k = 0; k < TABLES; k++) {
            newest.put(tables.get(k), single(stack.postgres().source(),
                "SELECT coalesce(max(id), " + (firstId(k) - 1) + ") FROM " + tables.get(k)));
        }
        return newest;
    }

    /**
     * Waits until the table of {@code sink} holds every row each source table had up to its id
     * in {@code newestIds}: rows of all three tables, through every partition, flow again.
     */
    void awaitWritten(Sink sink, Map<String, Long> newestIds, Duration timeout) {
        Eventually.within(timeout, () -> missing(sink, newestIds).isEmpty(),
            () -> targetTable(sink) + " lacks rows of " + missing(sink, newestIds) + " up to " + newestIds
                + "; source " + new ConnectorStates(stack.rest()).describe(sourceName()) + "; sink "
                + new ConnectorStates(stack.rest()).describe(sinkName(sink)));
    }

    /** Each source table with fewer distinct ids up to its newest in the target than it has, and how many fewer. */
    private Map<String, Long> missing(Sink sink, Map<String, Long> newestIds) {
        Map<String, Long> missing = new LinkedHashMap<>();
        List<String> tables = sourceTables();
        for (int k = 0; k < TABLES; k++) {
            String table = tables.get(k);
            long newest = newestIds.get(table);
            String range = " WHERE id >= " + firstId(k) + " AND id <= " + newest;
            long expected = single(stack.postgres().source(), "SELECT count(*) FROM " + table + range);
            long written = single(stack.postgres().target(),
                "SELECT count(DISTINCT id) FROM " + targetTable(sink) + range);
            if (written < expected) {
                missing.put(table, expected - written);
            }
        }
        return missing;
    }

    private int firstId(int tableIndex) {
        return (tableIndex + 1) * IDS_PER_TABLE + 1;
    }

    private static long single(Database database, String query) {
        return ((Number) database.rows(query).get(0).get(0)).longValue();
    }
}
