package io.ferry.bench;

import io.ferry.testing.Database;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W1's sinks, each upserting the topic's records into iris_data by the key's {@code id}, one
 * task, keys read with JsonConverter with schemas: Ferry and Debezium's JDBC sink, each with its
 * defaults and tuned for throughput, and Ferry's defaults into a table it creates (auto.create).
 */
final class SinkContenders {
    static final String FERRY_CLASS = "io.ferry.connect.sink.PostgresSinkConnector";
    static final String DEBEZIUM_CLASS = "io.debezium.connector.jdbc.JdbcSinkConnector";
    static final String FERRY_AUTO_CREATE = "Ferry defaults, auto-created table";

    private SinkContenders() {
    }

    static List<Contender> all(Database target, String topic) {
        Contender ferry = ferry(target, topic);
        Contender debezium = debezium(target, topic);
        return List.of(
            ferry,
            debezium,
            ferry.tuned("Ferry tuned", ferryTuning()),
            debezium.tuned("Debezium tuned", Map.of(
                "batch.size", "5000",
                "dialect.postgres.unnest.insert.enabled", "true",
                "consumer.override.max.poll.records", "5000")),
            ferry.tuned(FERRY_AUTO_CREATE, Map.of("auto.create", "true")));
    }

    /**
     * Ferry's tuned settings: by default Debezium's (larger batches and polls); another set can be
     * tried with -Dbench.ferry.tuned=key=value,key=value (e.g. batch.size=5000 alone).
     */
    private static Map<String, String> ferryTuning() {
        String given = System.getProperty("bench.ferry.tuned");
        if (given == null || given.isBlank()) {
            return Map.of("batch.size", "5000", "consumer.override.max.poll.records", "5000");
        }
        Map<String, String> tuning = new LinkedHashMap<>();
        for (String pair : given.split(",")) {
            String[] keyValue = pair.split("=", 2);
            tuning.put(keyValue[0].trim(), keyValue[1].trim());
        }
        return tuning;
    }

    /** Both tuned sinks with two tasks, for a topic of two partitions. */
    static List<Contender> twoTasks(Database target, String topic) {
        List<Contender> all = all(target, topic);
        return List.of(
            all.get(2).tuned("Ferry tuned, 2 tasks", Map.of("tasks.max", "2")),
            all.get(3).tuned("Debezium tuned, 2 tasks", Map.of("tasks.max", "2")));
    }

    private static Contender ferry(Database target, String topic) {
        Map<String, String> c = common(topic);
        c.put("connector.class", FERRY_CLASS);
        c.put("connection.url", target.url());
        c.put("connection.user", target.user());
        c.put("connection.password", target.password());
        c.put("table.name.format", "iris_data");
        c.put("insert.mode", "upsert");
        c.put("pk.mode", "record_key");
        c.put("pk.fields", "id");
        return new Contender("Ferry defaults", c);
    }

    private static Contender debezium(Database target, String topic) {
        Map<String, String> c = common(topic);
        c.put("connector.class", DEBEZIUM_CLASS);
        c.put("connection.url", target.url());
        c.put("connection.username", target.user());
        c.put("connection.password", target.password());
        c.put("collection.name.format", "iris_data");
        c.put("insert.mode", "upsert");
        c.put("primary.key.mode", "record_key");
        c.put("primary.key.fields", "id");
        c.put("schema.evolution", "none");
        return new Contender("Debezium defaults", c);
    }

    private static Map<String, String> common(String topic) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("topics", topic);
        c.put("tasks.max", "1");
        c.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("key.converter.schemas.enable", "true");
        return c;
    }
}
