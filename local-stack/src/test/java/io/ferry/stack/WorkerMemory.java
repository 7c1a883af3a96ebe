package io.ferry.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the worker JVM's memory on a thread of its own: resident set size (from
 * {@code /proc/<pid>/status}) and heap in use (from {@code jcmd <pid> GC.heap_info}), keeping
 * the highest of each. A sample that fails (the worker is restarting) is skipped.
 */
final class WorkerMemory implements AutoCloseable {
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Pattern GENERATION_USED = Pattern.compile("generation\\s+total \\d+K, used (\\d+)K");

    private final LongSupplier pid;
    private final long intervalMs;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxRssKb;
    private volatile long maxHeapUsedKb;
    private volatile int samples;

    WorkerMemory(LongSupplier pid, long intervalMs) {
        this.pid = pid;
        this.intervalMs = intervalMs;
        this.thread = new Thread(this::run, "worker-memory");
        thread.setDaemon(true);
        thread.start();
    }

    long maxRssMb() {
        return maxRssKb / 1024;
    }

    long maxHeapUsedMb() {
        return maxHeapUsedKb / 1024;
    }

    int samples() {
        return samples;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    private void run() {
        while (running) {
            try {
                long process = pid.getAsLong();
                long rss = rssKb(process);
                long heap = heapUsedKb(process);
                if (rss > 0 && heap > 0) {
                    maxRssKb = Math.max(maxRssKb, rss);
                    maxHeapUsedKb = Math.max(maxHeapUsedKb, heap);
                    samples++;
                }
                Thread.sleep(intervalMs);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // the worker is between a kill and its restart; the next sample will do
            }
        }
    }

    private static long rssKb(long pid) throws IOException {
        Matcher m = RSS.matcher(Files.readString(Paths.get("/proc", Long.toString(pid), "status")));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Young plus old generation in use (the worker runs the serial collector). */
    private static long heapUsedKb(long pid) throws IOException, InterruptedException {
        Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info")
            .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return 0;
        }
        long used = 0;
        Matcher m = GENERATION_USED.matcher(output);
        while (m.find()) {
            used += Long.parseLong(m.group(1));
        }
        return used;
    }
}
