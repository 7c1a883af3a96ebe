package io.ferry.connect.config;

import java.util.Arrays;
import java.util.List;

/** The values of the source connector's {@code mode} that Ferry implements. */
public enum SourceMode {
    /** Reads every table in full each {@code poll.interval.ms}; no offsets. */
    BULK("bulk"),
    /** Reads rows whose incrementing column is greater than the last one read. */
    INCREMENTING("incrementing");

    /** Modes the Confluent connector has that Ferry does not implement yet. */
    public static final List<String> NOT_YET_SUPPORTED = Arrays.asList("timestamp", "timestamp+incrementing");

    private final String configValue;

    SourceMode(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public static SourceMode parse(String value) {
        for (SourceMode mode : values()) {
            if (mode.configValue.equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown mode: " + value);
    }
}
