package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.IrisRecords;
import io.ferry.testing.IrisTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** The project's copy of the seed's sink configuration, pointed at a scratch database. */
class SeedSinkConfigIT {
    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,{}\\s]+))");

    private final Database db = PostgresServer.server().createDatabase("seed");

    private Map<String, String> seedConfig() throws IOException {
        String json = new String(Files.readAllBytes(Paths.get("../connectors/sink_connector.json")), StandardCharsets.UTF_8);
        String config = json.substring(json.indexOf("\"config\""));
        Map<String, String> props = new HashMap<>();
        Matcher m = ENTRY.matcher(config.substring(config.indexOf('{')));
        while (m.find()) {
            props.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        props.putAll(db.connectionConfig());
        return props;
    }

    @Test
    void theSeedConfigurationValidatesCleanlyOnceItsTableExists() throws IOException {
        Map<String, String> props = seedConfig();
        assertThat(props).containsEntry("table.name.format", "iris_data").containsEntry("auto.create", "false");
        List<ConfigValue> before = new PostgresSinkConnector().validate(props).configValues();
        assertThat(before).filteredOn(v -> !v.errorMessages().isEmpty()).extracting(ConfigValue::name)
            .as("auto.create=false: the table must exist").containsExactly("table.name.format");

        IrisTable.createIn(db);
        List<ConfigValue> values = new PostgresSinkConnector().validate(props).configValues();
        assertThat(values).isNotEmpty().allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());
    }

    @Test
    void theSeedConfigurationWritesIrisRows() throws IOException {
        IrisTable.createIn(db);
        long t0 = LocalDateTime.of(2024, 5, 1, 8, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, flatten(seedConfig()))) {
            sink.putAndCommit(IrisRecords.record(IrisRecords.row(1, t0, 5.1, 0), 0),
                IrisRecords.record(IrisRecords.row(2, t0, 4.9, 0), 1));
            sink.putAndCommit(IrisRecords.record(IrisRecords.row(1, t0, 5.0, 2), 0)); // redelivered after a restart
        }
        assertThat(db.rows("SELECT id, sepal_length, target FROM iris_data ORDER BY id"))
            .containsExactly(Arrays.asList(1, 5.0, 2), Arrays.asList(2, 4.9, 0));
    }

    private static String[] flatten(Map<String, String> props) {
        return props.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue()))
            .toArray(String[]::new);
    }
}
