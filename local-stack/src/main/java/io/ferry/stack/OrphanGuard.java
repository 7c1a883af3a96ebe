package io.ferry.stack;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of every child JVM: runs the real main class, and halts the child as soon as the
 * JVM that started it is gone, so that no broker or worker outlives a killed test run.
 * Arguments: parent pid, main class, then the main class's own arguments.
 */
public final class OrphanGuard {
    private static final long CHECK_INTERVAL_MS = 1_000;

    private OrphanGuard() {
    }

    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(args[0]);
        Thread watcher = new Thread(() -> watch(parentPid), "ferry-orphan-guard");
        watcher.setDaemon(true);
        watcher.start();
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }

    private static void watch(long parentPid) {
        while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                Thread.sleep(CHECK_INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
        Runtime.getRuntime().halt(137);
    }
}
