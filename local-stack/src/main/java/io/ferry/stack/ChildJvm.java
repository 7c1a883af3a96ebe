package io.ferry.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM running one main class on a given {@link ConnectRuntime}, with its output and its log
 * in files. It never outlives its parent: a shutdown hook stops it (SIGTERM, then
 * SIGKILL after a grace period), and {@link OrphanGuard} halts it if the parent dies without
 * running hooks.
 */
public final class ChildJvm {
    /** How long the parent's exit waits for a graceful stop of the child (Ctrl-C of the quickstart). */
    private static final long EXIT_GRACE_SECONDS = 10;

    private final String name;
    private final Process process;
    private final Thread shutdownHook;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
        this.shutdownHook = new Thread(() -> stop(EXIT_GRACE_SECONDS), "stop-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code mainClass} with {@code args} on {@code runtime}; the child's stdout/stderr
     * are appended to {@code <logFile>.out} and its log to {@code logFile}.
     */
    public static ChildJvm start(String name, Path logFile, ConnectRuntime runtime, String mainClass,
            List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dferry.log.file=" + logFile.toAbsolutePath());
        // The child lives in the same time zone as its parent (tests pick a non-UTC one).
        command.add("-Duser.timezone=" + java.util.TimeZone.getDefault().getID());
        command.addAll(runtime.jvmOptions());
        command.add(OrphanGuard.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            File out = new File(logFile + ".out");
            Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out))
                .start();
            return new ChildJvm(name, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL on Linux: the child gets no chance to flush or commit anything. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(30);
        forgetHook();
    }

    /** SIGTERM, then SIGKILL if the child has not exited after {@code graceSeconds}. */
    public void stop(long graceSeconds) {
        process.destroy();
        if (!awaitExit(graceSeconds)) {
            process.destroyForcibly();
            awaitExit(30);
        }
        forgetHook();
    }

    private boolean awaitExit(long seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private void forgetHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to run; it only destroys a dead process
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
