package io.ferry.connect.sink;

import io.ferry.connect.config.PrimaryKeyMode;
import io.ferry.connect.config.SinkConfig;
import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.config.WriteOptionsConfig;
import io.ferry.connect.jdbc.RelationKind;
import io.ferry.connect.jdbc.TableDescription;
import io.ferry.connect.postgres.TableDescriptionReader;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the REST validate call checks of the tables the configured topics are written into: that
 * each exists (unless auto.create will create it, and table.types allows a TABLE), is of a kind
 * table.types allows, and has the key columns pk.mode writes (unless auto.evolve may add them).
 * Each problem is reported on the key to fix, as {@link TableCatalog} would fail at the first
 * record. Tables that cannot be known before records arrive are not checked: with
 * topics.regex, or when a transform may rename the topic that table.name.format places.
 */
final class DestinationCheck {
    private final SinkSettings settings;
    private final Identifiers identifiers;
    private final TableDescriptionReader reader;

    DestinationCheck(SinkSettings settings) {
        this.settings = settings;
        this.identifiers = new Identifiers(settings.identifierQuoting());
        this.reader = new TableDescriptionReader(identifiers);
    }

    /**
     * Problems by key name, empty when every table can be written.
     *
     * @param topics           the {@code topics} key's value; null or blank with {@code topics.regex}
     * @param topicMayBeRenamed whether transforms run before the sink, which may rename a record's topic
     */
    Map<String, List<String>> problems(Connection connection, String topics, boolean topicMayBeRenamed)
        throws SQLException {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (topicMayBeRenamed && settings.tableNameDependsOnTopic()) {
            return problems;
        }
        for (Map.Entry<TableId, String> table : tablesOf(topics, problems).entrySet()) {
            Optional<TableDescription> description = reader.read(connection, table.getKey());
            if (description.isPresent()) {
                check(description.get(), problems);
            } else if (!settings.autoCreate()) {
                add(problems, SinkConfig.TABLE_NAME_FORMAT, "Table " + identifiers.quote(table.getKey()) + " (of topic "
                    + table.getValue() + ") does not exist, or the user cannot see it, and auto.create is false: "
                    + "check table.name.format, or create the table first");
            } else if (!settings.writeOptions().tableTypes().contains(RelationKind.TABLE)) {
                add(problems, WriteOptionsConfig.TABLE_TYPES, "Table " + identifiers.quote(table.getKey())
                    + " (of topic " + table.getValue() + ") does not exist, and auto.create would create a TABLE, "
                    + "which table.types (" + settings.writeOptions().tableTypes() + ") does not allow: add TABLE to "
                    + "table.types, or create the relation first");
            }
        }
        return problems;
    }

    /** Each table the topics are written into, with the first topic that names it. */
    private Map<TableId, String> tablesOf(String topics, Map<String, List<String>> problems) {
        Map<TableId, String> tables = new LinkedHashMap<>();
        for (String topic : topics == null ? new String[0] : topics.split(",")) {
            if (topic.trim().isEmpty()) {
                continue;
            }
            try {
                tables.putIfAbsent(settings.tableFor(topic.trim()), topic.trim());
            } catch (IllegalArgumentException e) {
                add(problems, SinkConfig.TABLE_NAME_FORMAT, "For topic " + topic.trim() + " it names no table: "
                    + e.getMessage());
            }
        }
        return tables;
    }

    private void check(TableDescription table, Map<String, List<String>> problems) {
        RelationKind kind = table.kind();
        if (!settings.writeOptions().tableTypes().contains(kind)) {
            add(problems, WriteOptionsConfig.TABLE_TYPES, identifiers.quote(table.table()) + " is a " + kind
                + ", and table.types lets the sink write into " + settings.writeOptions().tableTypes()
                + " only: add " + kind + " to table.types, or check table.name.format");
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String column : keyColumns()) {
            if (table.column(column, identifiers) == null) {
                missing.add(column);
            }
        }
        // auto.evolve adds a key column only for a field with a default, which only the records can tell;
        // Kafka's coordinates have none.
        if (!missing.isEmpty() && (!settings.autoEvolve() || settings.pkMode() == PrimaryKeyMode.KAFKA)) {
            String pkMode = settings.pkMode().name().toLowerCase(Locale.ROOT);
            add(problems, keyColumnsKey(), "Table " + identifiers.quote(table.table()) + " has no column " + missing
                + " for the primary key of pk.mode=" + pkMode + " (its columns: " + table.columns().keySet()
                + "): check pk.fields and table.name.format, or add the columns");
        }
    }

    /** The key columns known before records arrive: Kafka's coordinates, or the fields pk.fields names. */
    private List<String> keyColumns() {
        return settings.pkMode() == PrimaryKeyMode.NONE ? Collections.<String>emptyList() : settings.pkFields();
    }

    /** pk.fields when it names the columns, else pk.mode, whose default names they are. */
    private String keyColumnsKey() {
        return settings.pkMode() == PrimaryKeyMode.KAFKA && settings.pkFields().equals(SinkConfig.KAFKA_PK_DEFAULTS)
            ? SinkConfig.PK_MODE : SinkConfig.PK_FIELDS;
    }

    private static void add(Map<String, List<String>> problems, String key, String problem) {
        problems.computeIfAbsent(key, k -> new ArrayList<>()).add(problem);
    }
}
