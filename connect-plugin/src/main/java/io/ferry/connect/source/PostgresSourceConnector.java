package io.ferry.connect.source;

import io.ferry.connect.Version;
import io.ferry.connect.config.ConfluentSourceKeys;
import io.ferry.connect.config.SourceConfig;
import io.ferry.connect.config.SourceMode;
import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.config.UndefinedKeys;
import io.ferry.connect.sql.TableId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ferry's JDBC source connector for PostgreSQL, configured like Confluent's JdbcSourceConnector. */
public final class PostgresSourceConnector extends SourceConnector {
    private static final Logger log = LoggerFactory.getLogger(PostgresSourceConnector.class);

    private Map<String, String> props;
    private SourceSettings settings;
    private TableMonitor monitor;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public ConfigDef config() {
        return SourceConfig.configDef();
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        List<ConfigValue> values = new ArrayList<>(super.validate(connectorConfigs).configValues());
        values.addAll(UndefinedKeys.problems(config(), connectorConfigs, ConfluentSourceKeys.DEFAULTS));
        SourceValidation validation = new SourceValidation(values);
        validation.check(connectorConfigs);
        return new Config(validation.configValues());
    }

    @Override
    public void start(Map<String, String> props) {
        this.props = Collections.unmodifiableMap(new HashMap<>(props));
        settings = SourceConfig.parse(props);
        if (settings.query().isSet()) {
            return; // a custom query has no tables to look for
        }
        monitor = new TableMonitor(settings, context(), props.getOrDefault("name", "unnamed"));
        monitor.start();
    }

    @Override
    public Class<? extends Task> taskClass() {
        return PostgresSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        if (settings.query().isSet()) {
            return Collections.singletonList(props); // one task reads the query, as in Confluent's connector
        }
        List<TableId> tables = monitor.tables();
        if (tables == null || tables.isEmpty()) {
            log.warn("No tables to read (yet); starting no tasks. Looking again every {} ms",
                settings.tablePollIntervalMs());
            return Collections.emptyList();
        }
        String sameNames = SameNamedTables.problem(tables, settings.topicPrefix());
        if (sameNames != null) {
            ConnectException failure = new ConnectException(sameNames);
            context().raiseError(failure);
            throw failure;
        }
        List<Map<String, String>> configs = new ArrayList<>();
        for (List<TableId> group : TableAssignment.group(tables, maxTasks)) {
            Map<String, String> config = new HashMap<>(props);
            config.put(TaskTables.KEY, TaskTables.encode(group));
            configs.add(config);
        }
        return configs;
    }

    /**
     * The incrementing and timestamp modes resume exactly after the last committed offset, so with
     * Connect's exactly-once source support each row is delivered once (in timestamp mode, as long as
     * the rows of one timestamp fit in batch.max.rows: see docs/guarantees.md). Bulk mode re-reads
     * whole tables.
     */
    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        boolean tracked = SourceConfig.mode(connectorConfig).filter(mode -> mode != SourceMode.BULK).isPresent();
        return tracked ? ExactlyOnceSupport.SUPPORTED : ExactlyOnceSupport.UNSUPPORTED;
    }

    /**
     * The offsets API's check (Connect 3.6 and later; no {@code @Override}, as the plugin builds
     * against an older API, on which this is never called): refuses offsets the task would not
     * read back as written, with a message naming the partition and what is expected.
     */
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        SourceSettings parsed = SourceConfig.parse(connectorConfig);
        new OffsetRequestCheck(parsed, () -> SelectedTables.read(parsed)).check(offsets);
        return true;
    }

    @Override
    public void stop() {
        if (monitor != null) {
            monitor.close();
        }
    }
}
