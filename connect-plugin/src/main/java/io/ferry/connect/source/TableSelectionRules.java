package io.ferry.connect.source;

import static io.ferry.connect.config.SourceConfig.INCREMENTING_COLUMN;
import static io.ferry.connect.config.SourceConfig.TABLE_BLACKLIST;
import static io.ferry.connect.config.SourceConfig.TABLE_WHITELIST;
import static io.ferry.connect.config.SourceConfig.TIMESTAMP_COLUMN;
import static io.ferry.connect.config.TableSelectionKeys.TABLE_EXCLUDE_LIST;
import static io.ferry.connect.config.TableSelectionKeys.TABLE_INCLUDE_LIST;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confluent 10.9's rules for combining the keys that choose tables and their columns: the older
 * keys (whitelist, blacklist, one column name for every table) and the regex ones (include and
 * exclude lists, per-table column mappings) are not mixed, and an exclude list needs an include
 * list. Each problem is reported on every key that takes part in it.
 */
final class TableSelectionRules {
    static final String INCREMENTING_COLUMN_MAPPING = "incrementing.column.mapping";
    static final String TIMESTAMP_COLUMNS_MAPPING = "timestamp.columns.mapping";

    private static final List<String> OLDER_KEYS =
        Arrays.asList(TABLE_WHITELIST, TABLE_BLACKLIST, INCREMENTING_COLUMN, TIMESTAMP_COLUMN);
    private static final List<String> REGEX_KEYS =
        Arrays.asList(TABLE_INCLUDE_LIST, TABLE_EXCLUDE_LIST, INCREMENTING_COLUMN_MAPPING, TIMESTAMP_COLUMNS_MAPPING);

    private TableSelectionRules() {
    }

    /** The problems of a connector's raw config, by the key to show each on; empty when there are none. */
    static Map<String, String> problems(Map<String, String> props) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> older = setKeys(props, OLDER_KEYS);
        List<String> regex = setKeys(props, REGEX_KEYS);
        if (!older.isEmpty() && !regex.isEmpty()) {
            String message = "Set " + older + " or " + regex + ", not both: as in Confluent's connector, the "
                + "regex keys (" + String.join(", ", REGEX_KEYS) + ") replace the older ones ("
                + String.join(", ", OLDER_KEYS) + ") and cannot be combined with them";
            older.forEach(key -> problems.put(key, message));
            regex.forEach(key -> problems.put(key, message));
        } else if (regex.contains(TABLE_EXCLUDE_LIST) && !regex.contains(TABLE_INCLUDE_LIST)) {
            problems.put(TABLE_EXCLUDE_LIST, "table.exclude.list only removes tables from those table.include.list "
                + "matches: set table.include.list too (e.g. .* for every table)");
        }
        return problems;
    }

    private static List<String> setKeys(Map<String, String> props, List<String> keys) {
        List<String> set = new ArrayList<>();
        for (String key : keys) {
            String value = props.get(key);
            if (value != null && !value.replace(",", " ").trim().isEmpty()) {
                set.add(key);
            }
        }
        return set;
    }
}
