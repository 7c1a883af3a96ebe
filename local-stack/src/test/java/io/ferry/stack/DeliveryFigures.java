package io.ferry.stack;

/**
 * What a scenario delivered, printed in the test output: rows in the source table, records in
 * the topic, source rows missing from the topic (lost), records beyond one per row (duplicated)
 * and rows in the target table.
 */
record DeliveryFigures(long written, long records, long lost, long duplicated, long targetRows,
                       String duplicatedIds) {

    String describe(String scenario) {
        return String.format("%s: %d rows written, %d records in the topic, %d lost, %d duplicated, %d rows in the target"
            + "%s", scenario, written, records, lost, duplicated, targetRows,
            duplicated == 0 ? "" : "; ids published more than once: " + duplicatedIds);
    }
}
