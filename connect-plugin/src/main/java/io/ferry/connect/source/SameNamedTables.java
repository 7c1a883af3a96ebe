package io.ferry.connect.source;

import io.ferry.connect.sql.TableId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables of one name in different schemas, which would publish to one topic ({@code topic.prefix}
 * + table name) and mix their records: refused, at validation and at start, as Confluent's
 * connector refuses them.
 */
final class SameNamedTables {
    private SameNamedTables() {
    }

    /** What is wrong with reading {@code tables}, or {@code null} when no two share a name. */
    static String problem(List<TableId> tables, String topicPrefix) {
        Map<String, List<TableId>> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.computeIfAbsent(t.table(), name -> new ArrayList<>()).add(t));
        List<String> clashes = new ArrayList<>();
        byName.forEach((name, same) -> {
            if (same.size() > 1) {
                clashes.add(same + " would all go to topic " + topicPrefix + name);
            }
        });
        if (clashes.isEmpty()) {
            return null;
        }
        return "Tables of the same name in different schemas would share one topic and mix their records: "
            + String.join("; ", clashes) + ". Choose one table of each name, e.g. as schema.table in table.whitelist "
            + "or table.blacklist, or with table.include.list / table.exclude.list";
    }
}
