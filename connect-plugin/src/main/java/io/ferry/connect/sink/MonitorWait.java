package io.ferry.connect.sink;

/**
 * How a thread that holds a monitor waits on it: {@link #REAL} in production; tests wait until
 * they move their own clock. Either wait may end early (a notification, or none at all), so the
 * caller checks its condition again, against its clock.
 */
interface MonitorWait {
    /** {@link Object#wait()}. */
    MonitorWait REAL = new MonitorWait() {
        @Override
        public void await(Object monitor) throws InterruptedException {
            monitor.wait();
        }

        @Override
        public void await(Object monitor, long millis) throws InterruptedException {
            monitor.wait(millis);
        }
    };

    /** Waits until the monitor is notified. */
    void await(Object monitor) throws InterruptedException;

    /** Waits until the monitor is notified or {@code millis} (more than 0) have passed. */
    void await(Object monitor, long millis) throws InterruptedException;
}
