package io.ferry.connect.source;

import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The task config entry naming a task's tables: quoted, schema-qualified names separated by
 * commas, so names holding commas, dots or quotes survive the trip.
 */
public final class TaskTables {
    /** The task config key, as the Confluent connector names it. */
    public static final String KEY = "tables";

    private static final Identifiers QUOTED = Identifiers.alwaysQuoting();

    private TaskTables() {
    }

    public static String encode(List<TableId> tables) {
        return tables.stream().map(QUOTED::quote).collect(Collectors.joining(","));
    }

    public static List<TableId> decode(String text) {
        List<TableId> tables = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tables;
        }
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                tables.add(TableId.parse(text.substring(start, i)));
                start = i + 1;
            }
        }
        tables.add(TableId.parse(text.substring(start)));
        return tables;
    }
}
