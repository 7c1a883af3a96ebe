package io.ferry.connect.config;

import io.ferry.connect.sql.TableId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * {@code timestamp.columns.mapping} ({@code regex:[col1|col2]} entries) and
 * {@code incrementing.column.mapping} ({@code regex:col} entries), as in Confluent's connector: each
 * table, named {@code schema.table}, must match exactly one regex, whose columns it uses.
 */
public final class TableRegexMapping {
    private static final TableRegexMapping NONE = new TableRegexMapping("", Collections.emptyList());

    private final String key;
    private final List<Entry> entries;

    private TableRegexMapping(String key, List<Entry> entries) {
        this.key = key;
        this.entries = Collections.unmodifiableList(entries);
    }

    static TableRegexMapping none() {
        return NONE;
    }

    /** Entries a {@link Validator} has accepted. */
    static TableRegexMapping parse(String key, List<String> entries, boolean columnLists) {
        List<Entry> parsed = new ArrayList<>();
        for (String text : entries) {
            String[] parts = text.trim().split(":", -1);
            String columns = parts[1].trim();
            List<String> names = columnLists
                ? Arrays.stream(columns.substring(1, columns.length() - 1).split("\\|", -1)).map(String::trim)
                    .collect(Collectors.toList())
                : Collections.singletonList(columns);
            parsed.add(new Entry(Pattern.compile(parts[0].trim()), names));
        }
        return new TableRegexMapping(key, parsed);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The columns of the one entry whose regex the table's {@code schema.table} matches. */
    public List<String> columnsFor(TableId table) {
        List<Entry> matching = matching(table);
        if (matching.size() != 1) {
            throw new IllegalArgumentException(problem(table));
        }
        return matching.get(0).columns;
    }

    /** Why the table has no columns in this mapping; {@code null} when it has. */
    public String problem(TableId table) {
        int matching = matching(table).size();
        return matching == 1 ? null : "Table " + table + " matches " + (matching == 0 ? "none" : matching)
            + " of the regexes of " + key + "; each table must match exactly one";
    }

    private List<Entry> matching(TableId table) {
        return entries.stream().filter(e -> e.regex.matcher(table.toString()).matches()).collect(Collectors.toList());
    }

    private static final class Entry {
        final Pattern regex;
        final List<String> columns;

        Entry(Pattern regex, List<String> columns) {
            this.regex = regex;
            this.columns = Collections.unmodifiableList(columns);
        }
    }

    /** Checks the form of the entries: {@code regex:[col1|col2]} or {@code regex:col}. */
    static final class Validator implements ConfigDef.Validator {
        private final boolean columnLists;

        Validator(boolean columnLists) {
            this.columnLists = columnLists;
        }

        @Override
        public void ensureValid(String name, Object value) {
            for (Object entry : (List<?>) value) {
                check(name, entry.toString().trim());
            }
        }

        private void check(String name, String entry) {
            String[] parts = entry.split(":", -1);
            if (parts.length != 2) {
                throw new ConfigException(name, entry, "Expected " + this);
            }
            try {
                Pattern.compile(parts[0].trim());
            } catch (PatternSyntaxException e) {
                throw new ConfigException(name, parts[0], "Not a regular expression: " + e.getDescription());
            }
            String columns = parts[1].trim();
            if (!columnLists) {
                if (columns.isEmpty()) {
                    throw new ConfigException(name, entry, "The column name is empty; expected " + this);
                }
                return;
            }
            boolean bracketed = columns.length() >= 2 && columns.startsWith("[") && columns.endsWith("]");
            if (!bracketed || Arrays.stream(columns.substring(1, columns.length() - 1).split("\\|", -1))
                .anyMatch(c -> c.trim().isEmpty())) {
                throw new ConfigException(name, entry, "Expected " + this + ", every column named");
            }
        }

        @Override
        public String toString() {
            return columnLists ? "regex:[col1|col2|...] entries" : "regex:column entries";
        }
    }
}
