package io.ferry.connect.source.wakeup;

import io.ferry.connect.sql.TableId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a wait on the wake-up channel brought: nothing, the payloads of the notifications received, or
 * word that every table must be read (the listener reconnected, so notifications may have been missed).
 */
public final class Wakeup {
    private static final Wakeup NONE = new Wakeup(false, Collections.emptySet());
    private static final Wakeup EVERY_TABLE = new Wakeup(true, Collections.emptySet());

    private final boolean everyTable;
    private final Set<String> payloads;

    private Wakeup(boolean everyTable, Set<String> payloads) {
        this.everyTable = everyTable;
        this.payloads = payloads;
    }

    public static Wakeup none() {
        return NONE;
    }

    public static Wakeup everyTable() {
        return EVERY_TABLE;
    }

    public static Wakeup of(Set<String> payloads) {
        return payloads.isEmpty() ? NONE : new Wakeup(false, Collections.unmodifiableSet(new LinkedHashSet<>(payloads)));
    }

    /** True when nothing woke the task. */
    public boolean isEmpty() {
        return !everyTable && payloads.isEmpty();
    }

    /**
     * True when every table must be read: after a reconnect, or when a payload does not name one of
     * {@code tables} (an empty payload, or a notification not sent by Ferry's trigger).
     */
    public boolean wakesEveryTable(Set<TableId> tables) {
        return everyTable || payloads.stream().anyMatch(p -> named(p, tables) == null);
    }

    /** The tables among {@code tables} that a payload names. */
    public Set<TableId> named(Set<TableId> tables) {
        Set<TableId> named = new LinkedHashSet<>();
        for (String payload : payloads) {
            TableId table = named(payload, tables);
            if (table != null) {
                named.add(table);
            }
        }
        return named;
    }

    /**
     * The table a payload names, as the trigger sends it ({@code schema.table}, each part quoted where
     * SQL needs it) or as a bare table name; null when it names none of {@code tables}.
     */
    private static TableId named(String payload, Set<TableId> tables) {
        if (payload == null || payload.isEmpty()) {
            return null;
        }
        TableId parsed;
        try {
            parsed = TableId.parse(payload);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (TableId table : tables) {
            if (table.equals(parsed) || parsed.schema() == null && parsed.table().equals(table.table())) {
                return table;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return everyTable ? "every table" : payloads.toString();
    }
}
