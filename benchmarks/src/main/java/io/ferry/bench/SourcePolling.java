package io.ferry.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How W3's source finds new rows: its extra config, its label in the report, and the p99 target if any. */
final class SourcePolling {
    static final String WAKEUP_CHANNEL = "ferry_wakeup";

    private final String label;
    private final Map<String, String> config;
    private final double p99TargetMillis;

    private SourcePolling(String label, Map<String, String> config, double p99TargetMillis) {
        this.label = label;
        this.config = config;
        this.p99TargetMillis = p99TargetMillis;
    }

    /** Connect's default poll interval, 100 ms, and the wake-up with a poll interval of a minute as safety net. */
    static List<SourcePolling> all() {
        Map<String, String> wakeup = new LinkedHashMap<>();
        wakeup.put("poll.interval.ms", "60000");
        wakeup.put("wakeup.channel", WAKEUP_CHANNEL);
        wakeup.put("wakeup.trigger.create", "true");
        return List.of(
            new SourcePolling("poll 5000 (default)", Map.of(), Double.NaN),
            every100Millis(),
            new SourcePolling("wake-up (poll 60000)", wakeup, 30));
    }

    /** poll.interval.ms 100, its p99 target 100 ms. */
    static SourcePolling every100Millis() {
        return new SourcePolling("poll 100", Map.of("poll.interval.ms", "100"), 100);
    }

    String label() {
        return label;
    }

    Map<String, String> config() {
        return config;
    }

    /** NaN when the issue sets no target for this line. */
    double p99TargetMillis() {
        return p99TargetMillis;
    }

    boolean createsTrigger() {
        return config.containsKey("wakeup.trigger.create");
    }
}
