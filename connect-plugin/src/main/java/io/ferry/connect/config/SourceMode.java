package io.ferry.connect.config;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The values of the source connector's {@code mode} that Ferry implements. */
public enum SourceMode {
    /** Reads every table in full each {@code poll.interval.ms}; no offsets. */
    BULK("bulk"),
    /** Reads rows whose incrementing column is greater than the last one read. */
    INCREMENTING("incrementing"),
    /** Reads rows whose timestamp is later than the last one read: new and updated rows. */
    TIMESTAMP("timestamp"),
    /** Reads rows after the last (timestamp, incrementing value) read: new and updated rows, each once. */
    TIMESTAMP_INCREMENTING("timestamp+incrementing");

    private final String configValue;

    SourceMode(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public static List<String> configValues() {
        return Arrays.stream(values()).map(SourceMode::configValue).collect(Collectors.toList());
    }

    public boolean usesTimestamps() {
        return this == TIMESTAMP || this == TIMESTAMP_INCREMENTING;
    }

    public boolean usesIncrementingColumn() {
        return this == INCREMENTING || this == TIMESTAMP_INCREMENTING;
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
