package io.ferry.connect.logging;

import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;

/**
 * Makes daemon threads that carry the logging context (MDC) of the thread that made the factory:
 * Connect's worker names the connector and task ({@code connector.context}) on the task's own
 * thread only, and every line a thread Ferry starts for a task logs should name them too.
 */
public final class LogContextThreads implements ThreadFactory {
    private final String name;
    private final Map<String, String> context;
    private final AtomicInteger made = new AtomicInteger();

    /** @param name the threads' name; the second and later get {@code -2}, {@code -3}, ... appended */
    public LogContextThreads(String name) {
        this.name = name;
        this.context = MDC.getCopyOfContextMap();
    }

    @Override
    public Thread newThread(Runnable body) {
        int number = made.incrementAndGet();
        Thread thread = new Thread(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            body.run();
        }, number == 1 ? name : name + "-" + number);
        thread.setDaemon(true);
        return thread;
    }
}
