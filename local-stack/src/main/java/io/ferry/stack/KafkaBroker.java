package io.ferry.stack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft broker and controller in this JVM, on 127.0.0.1 and free ports, with
 * its data under a directory of its own. Formats its storage on first start.
 */
public final class KafkaBroker implements AutoCloseable {
    private final int port;
    private final KafkaRaftServer server;

    private KafkaBroker(int port, KafkaRaftServer server) {
        this.port = port;
        this.server = server;
    }

    /** Formats storage under {@code dir} and starts the broker; returns once it accepts clients. */
    public static KafkaBroker start(Path dir) {
        int[] ports = LocalPorts.free(2); // distinct: the broker refuses two listeners on one port
        int port = ports[0];
        int controllerPort = ports[1];
        Properties props = properties(dir.resolve("data"), port, controllerPort);
        Path configFile = dir.resolve("server.properties");
        PropertiesFile.write(props, configFile, "single-node KRaft broker of Ferry's local stack");
        format(configFile);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return new KafkaBroker(port, server);
    }

    public String bootstrapServers() {
        return LocalPorts.HOST + ":" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties properties(Path logDir, int port, int controllerPort) {
        String listeners = "PLAINTEXT://" + LocalPorts.HOST + ":" + port
            + ",CONTROLLER://" + LocalPorts.HOST + ":" + controllerPort;
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.bootstrap.servers", LocalPorts.HOST + ":" + controllerPort);
        props.setProperty("listeners", listeners);
        props.setProperty("advertised.listeners", listeners);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        props.setProperty("num.partitions", "1");
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "1");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("transaction.state.log.num.partitions", "1");
        // Aborts the transaction of a killed producer within a second of its timeout (default 10 s).
        props.setProperty("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    private static void format(Path configFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()};
        int exitCode = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed (exit " + exitCode + "): "
                + output.toString(StandardCharsets.UTF_8));
        }
    }
}
