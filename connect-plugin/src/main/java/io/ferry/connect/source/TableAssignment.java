package io.ferry.connect.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Spreads tables over at most {@code tasks.max} tasks, in contiguous groups whose sizes differ
 * by at most one; each table goes to exactly one task and no task is left without a table.
 */
public final class TableAssignment {
    private TableAssignment() {
    }

    public static <T> List<List<T>> group(List<T> tables, int maxTasks) {
        if (maxTasks < 1) {
            throw new IllegalArgumentException("tasks.max must be at least 1, was " + maxTasks);
        }
        int groups = Math.min(tables.size(), maxTasks);
        List<List<T>> result = new ArrayList<>(groups);
        int start = 0;
        for (int g = 0; g < groups; g++) {
            int size = tables.size() / groups + (g < tables.size() % groups ? 1 : 0);
            result.add(Collections.unmodifiableList(new ArrayList<>(tables.subList(start, start + size))));
            start += size;
        }
        return result;
    }
}
