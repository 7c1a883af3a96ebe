package io.ferry.connect.source;

import io.ferry.connect.sql.TableId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applies table.whitelist / table.blacklist: an entry {@code table} matches that table in any
 * schema, an entry {@code schema.table} only that one. Names are case-sensitive, as stored.
 */
public final class TableFilter {
    private final List<TableId> whitelist;
    private final List<TableId> blacklist;

    public TableFilter(List<TableId> whitelist, List<TableId> blacklist) {
        this.whitelist = whitelist;
        this.blacklist = blacklist;
    }

    public List<TableId> select(List<TableId> found) {
        return found.stream()
            .filter(t -> whitelist.isEmpty() || matchesAny(whitelist, t))
            .filter(t -> !matchesAny(blacklist, t))
            .collect(Collectors.toList());
    }

    /** Whitelist entries that name no table that was found. */
    public List<TableId> missing(List<TableId> found) {
        return whitelist.stream()
            .filter(entry -> found.stream().noneMatch(t -> matches(entry, t)))
            .collect(Collectors.toList());
    }

    private static boolean matchesAny(List<TableId> entries, TableId table) {
        return entries.stream().anyMatch(entry -> matches(entry, table));
    }

    static boolean matches(TableId entry, TableId table) {
        return entry.schema() == null ? entry.table().equals(table.table()) : entry.equals(table);
    }
}
