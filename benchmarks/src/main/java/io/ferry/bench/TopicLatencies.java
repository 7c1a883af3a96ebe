package io.ferry.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a W2ts latency run finds on its topic (created {@link IrisTopic#createAppendTimed append
 * timed}): for each generator row stamped at or after the warm-up's end, the time from its
 * {@code timestamp} (the generator's clock as it built the row, just before its commit) to the
 * broker appending its record; and which ids arrived, and how many twice.
 */
final class TopicLatencies {
    private final List<Double> millis = new ArrayList<>();
    private final Set<Long> ids = new HashSet<>();
    private long duplicates;

    private TopicLatencies() {
    }

    /** Reads the whole topic; the rows of {@code lateIds} (another writer's) count as arrived but are not measured. */
    static TopicLatencies read(SourceDelivery topics, String topic, Instant measuredFrom, Set<Long> lateIds) {
        TopicLatencies found = new TopicLatencies();
        topics.forEach(topic, (record, value) -> {
            long id = ((Number) value.get("id")).longValue();
            if (!found.ids.add(id)) {
                found.duplicates++;
                return;
            }
            Instant stamped = ((java.util.Date) value.get("timestamp")).toInstant();
            if (!lateIds.contains(id) && !stamped.isBefore(measuredFrom)) {
                found.millis.add((double) (record.timestamp() - stamped.toEpochMilli()));
            }
        });
        return found;
    }

    /** One latency (ms) per measured row. */
    List<Double> millis() {
        return List.copyOf(millis);
    }

    /** How many of {@code written} never arrived. */
    long missingOf(Set<Long> written) {
        return written.stream().filter(id -> !ids.contains(id)).count();
    }

    long duplicates() {
        return duplicates;
    }
}
