package io.ferry.stack;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the quickstart has started, stopped in reverse order (generator before worker before
 * broker before PostgreSQL), each step reported; one failing step does not skip the others.
 */
final class ShutdownSequence {
    private record Step(String name, AutoCloseable action) {
    }

    private final PrintStream out;
    private final Deque<Step> steps = new ArrayDeque<>();

    ShutdownSequence(PrintStream out) {
        this.out = out;
    }

    /** Registers {@code service} to be closed under {@code name}; returns it. */
    <T extends AutoCloseable> T add(String name, T service) {
        steps.push(new Step(name, service));
        return service;
    }

    void stopAll() {
        while (!steps.isEmpty()) {
            Step step = steps.pop();
            long start = System.nanoTime();
            out.print("Stopping " + step.name() + " ... ");
            out.flush();
            try {
                step.action().close();
                out.println(Elapsed.since(start));
            } catch (Exception e) {
                out.println("failed: " + e);
            }
        }
    }
}
