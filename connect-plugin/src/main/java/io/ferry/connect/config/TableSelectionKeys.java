package io.ferry.connect.config;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The source keys Confluent 10.9 added to choose tables: the regular-expression lists over
 * fully qualified names and the catalog (for PostgreSQL, the database) to look in.
 */
public final class TableSelectionKeys {
    public static final String GROUP = "Table Selection";

    public static final String TABLE_INCLUDE_LIST = "table.include.list";
    public static final String TABLE_EXCLUDE_LIST = "table.exclude.list";
    public static final String CATALOG_PATTERN = "catalog.pattern";

    private TableSelectionKeys() {
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(TABLE_INCLUDE_LIST, Type.LIST, Collections.emptyList(), new RegexList(), Importance.MEDIUM,
                "Regular expressions, comma-separated, over the fully qualified names (schema.table, unquoted, "
                    + "case-sensitive) of the tables to read; a table is read when one of them matches its whole "
                    + "name, e.g. public\\.orders_.*. Cannot be combined with table.whitelist, table.blacklist, "
                    + "incrementing.column.name or timestamp.column.name.",
                GROUP, ++order, Width.LONG, "Tables Included (Regex)")
            .define(TABLE_EXCLUDE_LIST, Type.LIST, Collections.emptyList(), new RegexList(), Importance.MEDIUM,
                "Regular expressions, comma-separated, over the fully qualified names (schema.table) of tables "
                    + "not to read among those table.include.list matches; needs table.include.list.",
                GROUP, ++order, Width.LONG, "Tables Excluded (Regex)")
            .define(CATALOG_PATTERN, Type.STRING, null, Importance.MEDIUM,
                "The catalog to read tables from: for PostgreSQL the database of connection.url. Unset reads "
                    + "that database; any other name than that database's selects no table, as in Confluent's "
                    + "connector, and the validate call says so.",
                GROUP, ++order, Width.SHORT, "Catalog pattern");
    }

    /** The list's entries as compiled patterns. */
    static List<Pattern> patterns(List<String> entries) {
        return Collections.unmodifiableList(entries.stream().map(Pattern::compile).collect(Collectors.toList()));
    }

    /** Every entry a regular expression Java compiles. */
    static final class RegexList implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null) {
                return;
            }
            for (Object entry : (List<?>) value) {
                try {
                    Pattern.compile(entry.toString());
                } catch (PatternSyntaxException e) {
                    throw new ConfigException(name, value, "'" + entry + "' is not a regular expression: "
                        + e.getDescription());
                }
            }
        }

        @Override
        public String toString() {
            return "comma-separated regular expressions";
        }
    }
}
