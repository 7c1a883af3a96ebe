package io.ferry.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The properties of a distributed Connect worker as the seed runs it (String keys, JSON values
 * with schemas), bound to 127.0.0.1, loading plugins from one folder only.
 */
public final class WorkerSettings {
    /** Since Kafka 3.6: how the worker finds plugins; older workers always scan plugin.path. */
    static final String PLUGIN_DISCOVERY = "plugin.discovery";

    private final Map<String, String> properties;

    private WorkerSettings(Map<String, String> properties) {
        this.properties = properties;
    }

    /**
     * @param groupId also names the storage topics, so a worker restarted with the same
     *     group id finds its connectors and offsets again
     */
    public static WorkerSettings of(String bootstrapServers, String groupId, int restPort, Path pluginPath) {
        Map<String, String> p = new TreeMap<>();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("group.id", groupId);
        p.put("listeners", "http://" + LocalPorts.HOST + ":" + restPort);
        p.put("rest.advertised.host.name", LocalPorts.HOST);
        p.put("rest.advertised.port", Integer.toString(restPort));
        p.put("config.storage.topic", groupId + "-configs");
        p.put("offset.storage.topic", groupId + "-offsets");
        p.put("status.storage.topic", groupId + "-status");
        p.put("config.storage.replication.factor", "1");
        p.put("offset.storage.replication.factor", "1");
        p.put("status.storage.replication.factor", "1");
        p.put("offset.storage.partitions", "1");
        p.put("status.storage.partitions", "1");
        p.put("offset.flush.interval.ms", "1000");
        // A worker that left the group (crash, restart) gets its connectors back within
        // seconds, not the default 5 minutes.
        p.put("scheduled.rebalance.max.delay.ms", "5000");
        // Sink tasks of a killed worker leave their consumer group after 10 s, not 45 s.
        p.put("consumer.session.timeout.ms", "10000");
        p.put("consumer.heartbeat.interval.ms", "3000");
        p.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        p.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        p.put("plugin.path", pluginPath.toAbsolutePath().normalize().toString());
        p.put(PLUGIN_DISCOVERY, "service_load");
        // Lets connectors keep secrets out of their REST-visible config: ${file:<path>:<key>}.
        p.put("config.providers", "file");
        p.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        return new WorkerSettings(p);
    }

    /**
     * A copy with KIP-618 exactly-once source support: each poll's records and their offsets
     * are written in one Kafka transaction (needs a broker with a transaction state log), and
     * sink tasks read only committed records, never those of a transaction a crash aborted.
     * A worker restarted after a crash cannot read its config and offsets topics past a
     * transaction the dead worker left open until the broker aborts it: transactions time out
     * after 10 s here (default 60 s) so that restarts take seconds, not a minute.
     */
    public WorkerSettings withExactlyOnceSource() {
        return with("exactly.once.source.support", "enabled")
            .with("consumer.isolation.level", "read_committed")
            .with("transaction.timeout.ms", "10000")
            .with("producer.transaction.timeout.ms", "10000");
    }

    /** A copy with one more (or a changed) property. */
    public WorkerSettings with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(properties);
        copy.put(key, value);
        return new WorkerSettings(copy);
    }

    /** A copy without {@code key}. */
    public WorkerSettings without(String key) {
        Map<String, String> copy = new TreeMap<>(properties);
        copy.remove(key);
        return new WorkerSettings(copy);
    }

    public Map<String, String> asMap() {
        return Map.copyOf(properties);
    }

    public String restUrl() {
        return "http://" + workerId();
    }

    /** The worker's id in the REST status: its advertised host and port. */
    public String workerId() {
        return LocalPorts.HOST + ":" + properties.get("rest.advertised.port");
    }
}
