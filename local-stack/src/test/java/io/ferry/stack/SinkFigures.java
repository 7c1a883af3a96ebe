package io.ferry.stack;

/**
 * What a sink wrote into its target table, printed in the test output: rows, source rows
 * missing (lost), rows beyond one per id (duplicated), and rows beyond the topic's records of
 * their id (what the sink itself wrote twice, as opposed to what the source published twice).
 */
record SinkFigures(String sink, long rows, long lost, long duplicated, long beyondTopic) {

    String describe() {
        return String.format("%s: %d rows in the target, %d lost, %d duplicated (%d beyond the topic's records)",
            sink, rows, lost, duplicated, beyondTopic);
    }
}
