package io.ferry.stack;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Which Kafka Connect a worker JVM runs: local-stack's own (the Kafka 4 jars on this JVM's
 * classpath, logging through log4j 2), or a Kafka 3 runtime from a folder of its jars, logging
 * through slf4j 1.7 and reload4j (log4j 1) as Kafka 3's distribution does.
 */
public final class ConnectRuntime {
    private static final String LOG4J2_CONFIG = "ferry-stack-log4j2.xml";
    private static final String LOG4J1_CONFIG = "ferry-stack-log4j.properties";

    private final String classpath;
    private final String loggingOption;
    private final boolean kafka4;
    private final List<String> extraOptions;

    private ConnectRuntime(String classpath, String loggingOption, boolean kafka4) {
        this(classpath, loggingOption, kafka4, List.of());
    }

    private ConnectRuntime(String classpath, String loggingOption, boolean kafka4, List<String> extraOptions) {
        this.classpath = classpath;
        this.loggingOption = loggingOption;
        this.kafka4 = kafka4;
        this.extraOptions = List.copyOf(extraOptions);
    }

    /** The Connect runtime local-stack itself depends on, from this JVM's classpath. */
    public static ConnectRuntime bundled() {
        return new ConnectRuntime(System.getProperty("java.class.path"),
            "-Dlog4j2.configurationFile=" + LOG4J2_CONFIG, true);
    }

    /**
     * A Kafka 3.x Connect runtime whose jars (and an slf4j 1.7 binding) are all in {@code libDir};
     * local-stack's own classes are added for {@link OrphanGuard} and the log4j 1 config. Such
     * a worker may predate {@code plugin.discovery} (Kafka 3.6; without it the worker scans
     * plugin.path) and {@code GET /health} (Kafka 3.9).
     */
    public static ConnectRuntime kafka3(Path libDir) {
        String classpath = libDir.toAbsolutePath().normalize() + File.separator + "*"
            + File.pathSeparator + stackClasses();
        return new ConnectRuntime(classpath, "-Dlog4j.configuration=" + LOG4J1_CONFIG, false);
    }

    /**
     * A copy whose JVMs also get {@code options}, after (so overriding) the child's defaults,
     * e.g. the benchmarks' {@code -XX:TieredStopAtLevel=4}: tests start JVMs fast with C1 only,
     * a throughput measurement wants the optimizing compiler.
     */
    public ConnectRuntime withJvmOptions(List<String> options) {
        List<String> all = new java.util.ArrayList<>(extraOptions);
        all.addAll(options);
        return new ConnectRuntime(classpath, loggingOption, kafka4, all);
    }

    /** The options that give a child JVM this runtime: extra options, logging config and classpath. */
    List<String> jvmOptions() {
        List<String> options = new java.util.ArrayList<>(extraOptions);
        options.addAll(List.of(loggingOption, "-cp", classpath));
        return options;
    }

    /** {@code settings} as this runtime understands them. */
    WorkerSettings adapt(WorkerSettings settings) {
        return kafka4 ? settings : settings.without(WorkerSettings.PLUGIN_DISCOVERY);
    }

    /**
     * The REST path that answers 200 once the worker can take requests: before {@code /health},
     * {@code GET /connectors} did so once the worker had joined its group and read its configs.
     */
    String readinessPath() {
        return kafka4 ? "/health" : "/connectors";
    }

    /** The folder or jar holding local-stack's classes and resources. */
    private static String stackClasses() {
        try {
            return Paths.get(OrphanGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate local-stack's classes", e);
        }
    }
}
