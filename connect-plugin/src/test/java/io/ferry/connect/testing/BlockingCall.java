package io.ferry.connect.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A call a test makes on a thread of its own because it may block (a put while the buffer is
 * full, a close while a write runs). The test waits until the call waits or has returned, which
 * it can then tell apart without sleeping: a call that returned did not wait.
 */
public final class BlockingCall<T> {
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Thread thread;

    private BlockingCall(String name, Callable<T> call) {
        thread = new Thread(() -> {
            try {
                result.complete(call.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
    }

    public static <T> BlockingCall<T> start(String name, Callable<T> call) {
        BlockingCall<T> blocking = new BlockingCall<>(name, call);
        blocking.thread.start();
        return blocking;
    }

    /** Returns once the call waits (on a monitor, or parked) or has returned. */
    public BlockingCall<T> awaitWaitingOrReturned() {
        long giveUp = System.nanoTime() + GIVE_UP_NANOS;
        while (!result.isDone() && !waits()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError(thread.getName() + " neither waits nor returned; it is " + thread.getState());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return this;
    }

    private boolean waits() {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    public boolean returned() {
        return result.isDone();
    }

    /** What the call returned, once it did; what it threw, thrown. */
    public T result() throws Exception {
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }
}
