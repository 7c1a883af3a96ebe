package io.ferry.stack;

import java.util.Arrays;

/** How many times each (positive, serial) id was seen; compact enough for a soak's millions. */
final class IdCounts {
    private int[] counts = new int[1024];
    private long total;

    void add(int id) {
        if (id >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
        }
        counts[id]++;
        total++;
    }

    int count(int id) {
        return id < counts.length ? counts[id] : 0;
    }

    long total() {
        return total;
    }

    /** The ids seen more than once, as ranges: "[480-560, 1210-1290]" (at most 20 ranges). */
    String repeatedRanges() {
        StringBuilder text = new StringBuilder("[");
        int ranges = 0;
        for (int id = 0; id < counts.length && ranges < 20; id++) {
            if (counts[id] > 1) {
                int last = id;
                while (last + 1 < counts.length && counts[last + 1] > 1) {
                    last++;
                }
                text.append(ranges++ == 0 ? "" : ", ").append(id).append(last > id ? "-" + last : "");
                id = last;
            }
        }
        return text.append(']').toString();
    }

    /** Sightings of each id beyond its sightings in {@code other}, summed over the ids. */
    long beyond(IdCounts other) {
        long beyond = 0;
        for (int id = 0; id < counts.length; id++) {
            beyond += Math.max(0, counts[id] - other.count(id));
        }
        return beyond;
    }

    /** Sightings beyond the first of each id. */
    long repeats() {
        long distinct = Arrays.stream(counts).filter(c -> c > 0).count();
        return total - distinct;
    }
}
