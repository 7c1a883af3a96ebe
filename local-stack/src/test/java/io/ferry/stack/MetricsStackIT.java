package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13 items 3-4 on a real worker: the seed's pipeline, its task metrics read over a remote
 * JMX connection (on 127.0.0.1) while rows flow, and the worker's log lines of Ferry's own threads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MetricsStackIT {
    private static final int JMX_PORT = LocalPorts.free();
    private static final String SOURCE = "postgres-source-connector";
    private static final String SINK = "postgres-sink-connector";
    /** {@code [<date>] <LEVEL> [<thread>] <the rest>}, as the stack's log4j pattern writes a line. */
    private static final Pattern LINE = Pattern.compile("^\\[[^\\]]*\\] \\S+\\s+\\[([^\\]]+)\\] (.*)$");
    /** A thread of a task: its pool's, or its writer or read-ahead. */
    private static final Pattern TASK_THREAD = Pattern.compile("ferry-(?:source|sink)-(.+)-task-(\\d+)(?:-.*)?");

    @RegisterExtension
    static final SeedPipeline pipeline = SeedPipeline.on(() -> ConnectRuntime.bundled().withJvmOptions(List.of(
        "-Dcom.sun.management.jmxremote.port=" + JMX_PORT,
        "-Dcom.sun.management.jmxremote.rmi.port=" + JMX_PORT,
        "-Dcom.sun.management.jmxremote.host=" + LocalPorts.HOST,
        "-Djava.rmi.server.hostname=" + LocalPorts.HOST,
        "-Dcom.sun.management.jmxremote.authenticate=false",
        "-Dcom.sun.management.jmxremote.ssl=false",
        // HikariCP's housekeeper (a pool thread) logs its pool's stats at DEBUG this often
        "-Dcom.zaxxer.hikari.housekeeping.periodMs=1000")));
    private static JMXConnector jmx;
    private static MBeanServerConnection beans;

    @BeforeAll
    static void connectOverJmxAndLogFerrysDebugLines() throws Exception {
        LocalStack stack = pipeline.stack();
        setLogLevel(stack, "io.ferry.connect", "DEBUG");
        setLogLevel(stack, "com.zaxxer.hikari", "DEBUG");
        jmx = JMXConnectorFactory.connect(new JMXServiceURL(
            "service:jmx:rmi:///jndi/rmi://" + LocalPorts.HOST + ":" + JMX_PORT + "/jmxrmi"));
        beans = jmx.getMBeanServerConnection();
    }

    @AfterAll
    static void disconnect() throws Exception {
        if (jmx != null) {
            jmx.close();
        }
    }

    private static void setLogLevel(LocalStack stack, String logger, String level) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.worker().restUrl() + "/admin/loggers/" + logger))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"level\":\"" + level + "\"}")).build();
        int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).as("PUT /admin/loggers/%s", logger).isEqualTo(200);
    }

    /** The sum of an attribute over the beans the pattern names. */
    private static long sum(String pattern, String attribute) {
        try {
            long total = 0;
            for (ObjectName name : beans.queryNames(new ObjectName(pattern), null)) {
                total += (Long) beans.getAttribute(name, attribute);
            }
            return total;
        } catch (Exception e) {
            throw new AssertionError("Cannot read " + attribute + " of " + pattern, e);
        }
    }

    private static final String SOURCE_TASKS = "io.ferry.connect:type=source-task-metrics,connector=" + SOURCE + ",*";
    private static final String SOURCE_TABLE = "io.ferry.connect:type=source-table-metrics,connector=" + SOURCE
        + ",task=0,table=public.iris_data";
    private static final String SINK_TASKS = "io.ferry.connect:type=sink-task-metrics,connector=" + SINK + ",*";

    @Test
    @Order(1)
    void publishesABeanPerTaskAndTableAndHikarisPoolBeansUnderTheTasksNames() throws Exception {
        new ConnectorStates(pipeline.stack().rest()).awaitRunning(SOURCE, SINK);
        Eventually.within(Duration.ofSeconds(30), () -> names(SINK_TASKS).size() == 2,
            () -> "sink task beans: " + names(SINK_TASKS));

        assertThat(names(SOURCE_TASKS)).containsExactly(
            "io.ferry.connect:type=source-task-metrics,connector=" + SOURCE + ",task=0");
        assertThat(names(SOURCE_TABLE)).hasSize(1);
        assertThat(names("com.zaxxer.hikari:type=Pool *")).contains(
            "com.zaxxer.hikari:type=Pool (ferry-source-" + SOURCE + "-task-0)",
            "com.zaxxer.hikari:type=Pool (ferry-sink-" + SINK + "-task-0)",
            "com.zaxxer.hikari:type=Pool (ferry-sink-" + SINK + "-task-1)",
            "com.zaxxer.hikari:type=Pool (ferry-source-tables-" + SOURCE + ")");
    }

    @Test
    @Order(2)
    void theFiguresMoveWithTheRowsAndEndEqualToTheTopicAndTheTarget() {
        long emitted = sum(SOURCE_TASKS, "RowsEmitted");
        long written = sum(SINK_TASKS, "RowsWritten");
        Eventually.within(Duration.ofSeconds(30), () -> sum(SOURCE_TASKS, "RowsEmitted") > emitted
            && sum(SINK_TASKS, "RowsWritten") > written, () -> "emitted stays at " + emitted + ", written at " + written);

        long inserted = pipeline.generator().stop();
        Database sourceDb = pipeline.stack().postgres().source();
        Database targetDb = pipeline.stack().postgres().target();
        TopicContents kafka = new TopicContents(pipeline.stack().broker().bootstrapServers());
        Eventually.within(Duration.ofSeconds(60), () -> sum(SOURCE_TASKS, "RowsEmitted") == inserted
            && sum(SINK_TASKS, "RowsWritten") == targetDb.count("iris_data")
            && targetDb.count("iris_data") == inserted && sum(SINK_TASKS, "RowsWaiting") == 0,
            () -> "inserted " + inserted + ", emitted " + sum(SOURCE_TASKS, "RowsEmitted") + ", written "
                + sum(SINK_TASKS, "RowsWritten") + ", target " + targetDb.count("iris_data") + ", waiting "
                + sum(SINK_TASKS, "RowsWaiting"));

        long topic = kafka.records(StackUnderTest.TOPIC).size();
        System.out.printf("MetricsStackIT: inserted %d, topic %d, emitted %d (table bean %d, read %d), put %d, "
                + "written %d in %d batches (max %d, mean %d, %d ms), polls %d, retries %d%n", inserted, topic,
            sum(SOURCE_TASKS, "RowsEmitted"), sum(SOURCE_TABLE, "RowsEmitted"), sum(SOURCE_TABLE, "RowsRead"),
            sum(SINK_TASKS, "RecordsPut"), sum(SINK_TASKS, "RowsWritten"), sum(SINK_TASKS, "Batches"),
            sum(SINK_TASKS, "BatchSizeMax"), sum(SINK_TASKS, "BatchSizeMean"), sum(SINK_TASKS, "WriteTimeMs"),
            sum(SOURCE_TASKS, "Polls"), sum(SINK_TASKS, "Retries"));
        assertThat(sum(SOURCE_TASKS, "RowsEmitted")).isEqualTo(topic).isEqualTo(sourceDb.count("iris_data"));
        assertThat(sum(SOURCE_TABLE, "RowsEmitted")).isEqualTo(topic);
        assertThat(sum(SOURCE_TABLE, "RowsRead")).isGreaterThanOrEqualTo(topic);
        assertThat(sum(SOURCE_TASKS, "Polls")).isPositive();
        assertThat(sum(SINK_TASKS, "RecordsPut")).isEqualTo(topic);
        assertThat(sum(SINK_TASKS, "Batches")).isPositive();
        assertThat(sum(SINK_TASKS, "BatchSizeMax")).isPositive();
        assertThat(sum(SINK_TASKS, "RecordsSentToDeadLetterQueue")).isZero();
        assertThat(sum(SOURCE_TABLE, "NewestRowAgeMs")).as("time since the last emit, incrementing mode")
            .isGreaterThanOrEqualTo(0);
    }

    @Test
    @Order(3)
    void everyLineOfFerrysThreadsNamesTheConnectorAndTask() {
        List<String> lines = new WorkerLog(pipeline.stack()).everyLine();
        List<Matcher> ferryThreads = lines.stream().map(LINE::matcher)
            .filter(m -> m.matches() && m.group(1).startsWith("ferry-")).collect(Collectors.toList());
        Set<String> threads = ferryThreads.stream().map(m -> m.group(1)).collect(Collectors.toSet());
        System.out.printf("MetricsStackIT: %d log lines of Ferry's threads %s%n", ferryThreads.size(), threads);

        assertThat(threads).as("the writers' and the pools' threads logged")
            .anyMatch(t -> t.startsWith("ferry-sink-" + SINK + "-task-") && t.endsWith("-writer"))
            .anyMatch(t -> t.startsWith("ferry-source-" + SOURCE + "-task-0"));
        assertThat(ferryThreads).allSatisfy(line -> {
            Matcher task = TASK_THREAD.matcher(line.group(1));
            String expected = task.matches() ? "[" + task.group(1) + "|task-" + task.group(2) + "] " : "[" + SOURCE + "|";
            assertThat(line.group(2)).as("line of thread %s", line.group(1)).startsWith(expected);
        });
        assertThat(lines).as("the writer's lines name the table").anyMatch(line -> line.contains("-writer] [")
            && line.contains("Committed") && line.contains("iris_data"));
    }

    private static Set<String> names(String pattern) {
        try {
            return beans.queryNames(new ObjectName(pattern), null).stream().map(ObjectName::toString)
                .collect(Collectors.toSet());
        } catch (Exception e) {
            throw new AssertionError("Cannot list " + pattern, e);
        }
    }
}
