package io.ferry.connect.sink;

import io.ferry.connect.Version;
import io.ferry.connect.config.ConnectionConfig;
import io.ferry.connect.config.LoginProblem;
import io.ferry.connect.config.SinkConfig;
import io.ferry.connect.config.SinkConfigChecks;
import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.config.UndefinedKeys;
import io.ferry.connect.jdbc.DatabaseLogin;
import io.ferry.connect.postgres.ServerErrorDetails;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/** The JDBC sink for PostgreSQL, configured like Confluent's JdbcSinkConnector. */
public class PostgresSinkConnector extends SinkConnector {
    /** Connect's key of the transforms run on each record before the sink sees it. */
    private static final String TRANSFORMS = "transforms";

    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        SinkConfigChecks.parseValid(props);
        this.props = Collections.unmodifiableMap(new HashMap<>(props));
    }

    @Override
    public Class<? extends Task> taskClass() {
        return PostgresSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            configs.add(props);
        }
        return configs;
    }

    /**
     * The offsets API (Connect 3.6 and later; no {@code @Override}, as the plugin builds against
     * an older API, on which this is never called). With offsets.storage.table the change is made
     * there too, before Connect changes the consumer group's offsets, as the task seeks to what the
     * table holds; without it Connect's own change is the whole of it.
     */
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<TopicPartition, Long> offsets) {
        SinkSettings settings = SinkConfigChecks.parseValid(connectorConfig);
        settings.offsetsTable().ifPresent(table -> new OffsetsTableAlteration(settings, table).apply(offsets));
        return true;
    }

    @Override
    public void stop() {
        // nothing to release: the tasks own the connections
    }

    @Override
    public ConfigDef config() {
        return SinkConfig.configDef();
    }

    /**
     * Checks each key alone, then (when every key is valid alone) the rules between keys and
     * whether the database can be reached with the given URL, user and password, then (when
     * those hold) the destination tables of the configured topics ({@link DestinationCheck});
     * each problem is reported on the key to change, also on keys Ferry does not define but would
     * otherwise ignore.
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        Map<String, ConfigValue> values = new HashMap<>();
        config.configValues().forEach(v -> values.put(v.name(), v));
        boolean eachKeyValid = config.configValues().stream().allMatch(v -> v.errorMessages().isEmpty());
        if (eachKeyValid) {
            SinkSettings settings = SinkConfig.parse(connectorConfigs);
            Map<String, String> keyProblems = SinkConfigChecks.problems(settings);
            keyProblems.forEach((key, problem) -> values.get(key).addErrorMessage(problem));
            try (Connection connection = DatabaseLogin.open(settings.connection())) {
                // reachable, and the server accepts the user and password: the tables can be checked
                if (keyProblems.isEmpty()) {
                    checkTables(connection, settings, values, connectorConfigs);
                }
            } catch (DatabaseLogin.Failure e) {
                LoginProblem problem = LoginProblem.of(e);
                values.get(problem.key()).addErrorMessage(problem.message());
            } catch (SQLException e) {
                values.get(ConnectionConfig.URL).addErrorMessage("Closing the validation connection failed: "
                    + e.getMessage());
            }
        }
        List<ConfigValue> checked = new ArrayList<>(config.configValues());
        checked.addAll(UndefinedKeys.problems(config(), connectorConfigs));
        return new Config(checked);
    }

    /** The destination tables of the configured topics, as {@link DestinationCheck} checks them. */
    private static void checkTables(Connection connection, SinkSettings settings, Map<String, ConfigValue> values,
                                    Map<String, String> connectorConfigs) {
        DestinationCheck check = new DestinationCheck(settings);
        String transforms = connectorConfigs.get(TRANSFORMS);
        try {
            check.problems(connection, connectorConfigs.get(SinkConnector.TOPICS_CONFIG),
                    transforms != null && !transforms.trim().isEmpty())
                .forEach((key, problems) -> problems.forEach(values.get(key)::addErrorMessage));
        } catch (SQLException e) {
            values.get(SinkConfig.TABLE_NAME_FORMAT).addErrorMessage("Cannot read the destination tables to check "
                + "them: " + ServerErrorDetails.describe(e));
        }
    }
}
