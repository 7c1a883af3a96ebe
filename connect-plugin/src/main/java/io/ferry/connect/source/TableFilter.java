package io.ferry.connect.source;

import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.sql.TableId;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Applies table.whitelist / table.blacklist and table.include.list / table.exclude.list. A
 * whitelist or blacklist entry {@code table} matches that table in any schema, an entry
 * {@code schema.table} only that one. An include or exclude pattern matches when it matches the
 * whole unquoted {@code schema.table}; with either list set, only tables an include pattern
 * matches are read. Names are case-sensitive, as stored. Validation refuses mixing the two kinds;
 * were they mixed anyway, a table must pass every filter set, so no key widens what is read.
 */
public final class TableFilter {
    private final List<TableId> whitelist;
    private final List<TableId> blacklist;
    private final List<Pattern> includeList;
    private final List<Pattern> excludeList;

    public TableFilter(List<TableId> whitelist, List<TableId> blacklist) {
        this(whitelist, blacklist, Collections.emptyList(), Collections.emptyList());
    }

    public TableFilter(List<TableId> whitelist, List<TableId> blacklist, List<Pattern> includeList,
                       List<Pattern> excludeList) {
        this.whitelist = whitelist;
        this.blacklist = blacklist;
        this.includeList = includeList;
        this.excludeList = excludeList;
    }

    public static TableFilter of(SourceSettings settings) {
        return new TableFilter(settings.whitelist(), settings.blacklist(), settings.includeList(),
            settings.excludeList());
    }

    public List<TableId> select(List<TableId> found) {
        return found.stream()
            .filter(t -> whitelist.isEmpty() || matchesAny(whitelist, t))
            .filter(t -> !matchesAny(blacklist, t))
            .filter(t -> !usesPatterns() || (matchesAny(t, includeList) && !matchesAny(t, excludeList)))
            .collect(Collectors.toList());
    }

    /** Whitelist entries that name no table that was found. */
    public List<TableId> missing(List<TableId> found) {
        return whitelist.stream()
            .filter(entry -> found.stream().noneMatch(t -> matches(entry, t)))
            .collect(Collectors.toList());
    }

    private boolean usesPatterns() {
        return !includeList.isEmpty() || !excludeList.isEmpty();
    }

    private static boolean matchesAny(List<TableId> entries, TableId table) {
        return entries.stream().anyMatch(entry -> matches(entry, table));
    }

    static boolean matches(TableId entry, TableId table) {
        return entry.schema() == null ? entry.table().equals(table.table()) : entry.equals(table);
    }

    private static boolean matchesAny(TableId table, List<Pattern> patterns) {
        String name = fullName(table);
        return patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    /** What the patterns are matched against, as Confluent's connector writes a table's name unquoted. */
    static String fullName(TableId table) {
        return table.schema() == null ? table.table() : table.schema() + "." + table.table();
    }
}
