package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.jdbc.RelationKind;
import io.ferry.connect.postgres.types.DateCalendar;
import io.ferry.connect.sql.TableId;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SinkConfigTest {
    private static Map<String, String> minimal() {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", "jdbc:postgresql://localhost:5432/db");
        return props;
    }

    private static Map<String, String> with(String... keyValues) {
        Map<String, String> props = minimal();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    @Test
    void defaultsAreTheConfluentSinkDefaults() {
        SinkSettings settings = SinkConfig.parse(minimal());
        assertThat(settings.insertMode()).isEqualTo(InsertMode.INSERT);
        assertThat(settings.pkMode()).isEqualTo(PrimaryKeyMode.NONE);
        assertThat(settings.pkFields()).isEmpty();
        assertThat(settings.fieldsWhitelist()).isEmpty();
        assertThat(settings.batchSize()).isEqualTo(3000);
        assertThat(settings.maxRetries()).isEqualTo(10);
        assertThat(settings.retryBackoffMs()).isEqualTo(3000L);
        assertThat(settings.deleteEnabled()).isFalse();
        assertThat(settings.dbTimeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.tableFor("orders")).isEqualTo(new TableId(null, "orders"));
        assertThat(settings.writeOptions().replaceNullWithDefault()).isTrue();
        assertThat(settings.writeOptions().dateTimezone()).isEqualTo(DateTimezone.DB_TIMEZONE);
        assertThat(settings.writeOptions().calendar()).isEqualTo(DateCalendar.LEGACY);
        assertThat(settings.writeOptions().timestampFields()).isEmpty();
        assertThat(settings.writeOptions().timestampPrecision()).isEqualTo(TimestampPrecisionMode.MICROSECONDS);
        assertThat(settings.writeOptions().stringValueColumn()).isEqualTo("record_value");
        assertThat(settings.writeOptions().tableTypes()).containsExactly(RelationKind.TABLE);
        assertThat(settings.writeOptions().trimSensitiveLog()).isFalse();
        assertThat(SinkConfigChecks.problems(settings)).isEmpty();
    }

    @Test
    void timestampFieldsAreTrimmedNamesCountedInTheirPrecision() {
        SinkSettings settings = SinkConfig.parse(with("timestamp.fields.list", " created_at, updated_at ",
            "timestamp.precision.mode", "NANOSECONDS"));
        assertThat(settings.writeOptions().timestampFields()).containsExactly("created_at", "updated_at");
        assertThat(settings.writeOptions().timestampPrecision()).isEqualTo(TimestampPrecisionMode.NANOSECONDS);
        assertThatThrownBy(() -> SinkConfig.parse(with("timestamp.precision.mode", "milliseconds")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("timestamp.precision.mode")
            .hasMessageContaining("[microseconds, nanoseconds]");
        assertThatThrownBy(() -> SinkConfig.parse(with("timestamp.fields.list", "a,,b")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("timestamp.fields.list");
    }

    @Test
    void datesAreWrittenInTheZoneAndCalendarTheirKeysName() {
        SinkSettings settings = SinkConfig.parse(with("db.timezone", "America/New_York", "date.timezone", "utc",
            "date.calendar.system", "PROLEPTIC_GREGORIAN", "replace.null.with.default", "false"));
        assertThat(settings.writeOptions().dateTimezone()).isEqualTo(DateTimezone.UTC);
        assertThat(settings.writeOptions().calendar()).isEqualTo(DateCalendar.PROLEPTIC_GREGORIAN);
        assertThat(settings.writeOptions().replaceNullWithDefault()).isFalse();
        assertThatThrownBy(() -> SinkConfig.parse(with("date.timezone", "Europe/Berlin")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("date.timezone")
            .hasMessageContaining("[db_timezone, utc]");
        assertThatThrownBy(() -> SinkConfig.parse(with("date.calendar.system", "JULIAN")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("date.calendar.system")
            .hasMessageContaining("PROLEPTIC_GREGORIAN");
    }

    @Test
    void theSqlServerHoldlockKeyIsAcceptedWithEitherValue() {
        assertThat(SinkConfigChecks.problems(SinkConfig.parse(with("mssql.use.merge.holdlock", "false")))).isEmpty();
        assertThatThrownBy(() -> SinkConfig.parse(with("mssql.use.merge.holdlock", "maybe")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("mssql.use.merge.holdlock");
    }

    @Test
    void theSeedSinkConfigurationIsAccepted() {
        SinkSettings settings = SinkConfig.parse(with("table.name.format", "iris_data", "auto.create", "false",
            "auto.evolve", "false", "insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id"));
        assertThat(SinkConfigChecks.problems(settings)).isEmpty();
        assertThat(settings.tableFor("postgres-source-iris_data")).isEqualTo(new TableId(null, "iris_data"));
        assertThat(settings.pkFields()).containsExactly("id");
    }

    @Test
    void tableNameFormatMayBeSchemaQualifiedAndUseTheTopic() {
        SinkSettings settings = SinkConfig.parse(with("table.name.format", "staging.${topic}_copy"));
        assertThat(settings.tableFor("orders")).isEqualTo(new TableId("staging", "orders_copy"));
    }

    @Test
    void kafkaPrimaryKeyModeDefaultsToTheThreeCoordinateColumns() {
        SinkSettings settings = SinkConfig.parse(with("pk.mode", "kafka"));
        assertThat(settings.pkFields()).containsExactly("__connect_topic", "__connect_partition", "__connect_offset");
        assertThat(SinkConfigChecks.problems(settings)).isEmpty();
    }

    @Test
    void valuesAreCaseInsensitiveAndListsAreTrimmed() {
        SinkSettings settings = SinkConfig.parse(with("insert.mode", "UPSERT", "pk.mode", "Record_Value",
            "pk.fields", " id , name ", "fields.whitelist", "a, b"));
        assertThat(settings.insertMode()).isEqualTo(InsertMode.UPSERT);
        assertThat(settings.pkMode()).isEqualTo(PrimaryKeyMode.RECORD_VALUE);
        assertThat(settings.pkFields()).containsExactly("id", "name");
        assertThat(settings.fieldsWhitelist()).containsExactly("a", "b");
    }

    @Test
    void autoCreateAndAutoEvolveAreOffByDefaultAsInConfluentsSink() {
        SinkSettings settings = SinkConfig.parse(with());
        assertThat(settings.autoCreate()).isFalse();
        assertThat(settings.autoEvolve()).isFalse();
    }

    @Test
    void autoCreateAndAutoEvolveAreAccepted() {
        SinkSettings settings = SinkConfig.parse(with("auto.create", "true", "auto.evolve", "TRUE"));
        assertThat(settings.autoCreate()).isTrue();
        assertThat(settings.autoEvolve()).isTrue();
        assertThat(SinkConfigChecks.problems(settings)).isEmpty();
        assertThat(SinkConfig.parse(with("auto.create", "true")).autoEvolve()).isFalse();
    }

    @Test
    void autoCreateMustBeABoolean() {
        assertThatThrownBy(() -> SinkConfig.parse(with("auto.create", "yes")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("auto.create");
        assertThatThrownBy(() -> SinkConfig.parse(with("auto.evolve", "")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("auto.evolve");
    }

    @Test
    void unknownValuesAreRejected() {
        assertThatThrownBy(() -> SinkConfig.parse(with("insert.mode", "multi")))
            .hasMessageContaining("insert.mode").hasMessageContaining("[insert, upsert, update]");
        assertThatThrownBy(() -> SinkConfig.parse(with("pk.mode", "key")))
            .hasMessageContaining("pk.mode").hasMessageContaining("record_key");
        assertThatThrownBy(() -> SinkConfig.parse(with("db.timezone", "Mars/Olympus")))
            .hasMessageContaining("db.timezone");
        assertThatThrownBy(() -> SinkConfig.parse(with("batch.size", "0"))).hasMessageContaining("batch.size");
        assertThatThrownBy(() -> SinkConfig.parse(with("max.retries", "-1"))).hasMessageContaining("max.retries");
        assertThatThrownBy(() -> SinkConfig.parse(with("table.name.format", " "))).hasMessageContaining("table.name.format");
        assertThatThrownBy(() -> SinkConfig.parse(with("pk.fields", "id,,name"))).hasMessageContaining("pk.fields");
    }

    @Test
    void upsertAndUpdateNeedAPrimaryKeyMode() {
        assertThat(SinkConfigChecks.problems(SinkConfig.parse(with("insert.mode", "upsert"))))
            .containsOnlyKeys("pk.mode").extractingByKey("pk.mode").asString().contains("insert.mode=upsert");
        assertThat(SinkConfigChecks.problems(SinkConfig.parse(with("insert.mode", "update"))))
            .containsOnlyKeys("pk.mode");
    }

    @Test
    void deletesNeedTheRecordKeyAsPrimaryKey() {
        assertThat(SinkConfigChecks.problems(SinkConfig.parse(with("delete.enabled", "true", "pk.mode", "record_value"))))
            .containsOnlyKeys("delete.enabled").extractingByKey("delete.enabled").asString().contains("record_key");
        assertThat(SinkConfigChecks.problems(SinkConfig.parse(with("delete.enabled", "true"))))
            .containsOnlyKeys("delete.enabled");
        assertThat(SinkConfigChecks.problems(SinkConfig.parse(with("delete.enabled", "true", "pk.mode", "record_key",
            "insert.mode", "upsert")))).isEmpty();
    }

    @Test
    void kafkaPrimaryKeyModeNeedsNoneOrThreeFields() {
        assertThat(SinkConfigChecks.problems(SinkConfig.parse(with("pk.mode", "kafka", "pk.fields", "t,p"))))
            .containsOnlyKeys("pk.fields");
        assertThat(SinkConfigChecks.problems(SinkConfig.parse(with("pk.mode", "kafka", "pk.fields", "t,p,o"))))
            .isEmpty();
    }

    @Test
    void offsetsStayInKafkaUnlessAnOffsetsTableIsNamed() {
        assertThat(SinkConfig.parse(minimal()).offsetsTable()).isEmpty();
        SinkSettings settings = SinkConfig.parse(with("offsets.storage.table", " ops.ferry_sink_offsets ",
            "name", "iris-sink"));
        assertThat(settings.offsetsTable()).contains(new TableId("ops", "ferry_sink_offsets"));
        assertThat(settings.connectorName()).isEqualTo("iris-sink");
        assertThat(SinkConfigChecks.problems(settings)).isEmpty();
    }

    @Test
    void anOffsetsTableNeedsTheConnectorsName() {
        assertThat(SinkConfigChecks.problems(SinkConfig.parse(with("offsets.storage.table", "ferry_sink_offsets"))))
            .containsOnlyKeys("offsets.storage.table");
    }

    @Test
    void anUnparsableOffsetsTableNameIsRejected() {
        assertThatThrownBy(() -> SinkConfig.parse(with("offsets.storage.table", "\"unclosed")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("offsets.storage.table");
    }

    @Test
    void deleteEnabledTakesTrueOrFalseAndSaysSo() {
        assertThat(SinkConfig.parse(with("delete.enabled", "TRUE")).deleteEnabled()).isTrue();
        assertThatThrownBy(() -> SinkConfig.parse(with("delete.enabled", "yes")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("delete.enabled");
        ConfigDef.ConfigKey key = SinkConfig.configDef().configKeys().get("delete.enabled");
        assertThat(key.validator).hasToString("true, false");
        assertThatThrownBy(() -> key.validator.ensureValid("delete.enabled", null))
            .isInstanceOf(ConfigException.class).hasMessageContaining("true or false");
    }

    @Test
    void everyKeyIsDocumentedGroupedOrderedNamedAndValidated() {
        for (ConfigDef.ConfigKey key : SinkConfig.configDef().configKeys().values()) {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.group).as(key.name).isNotBlank();
            assertThat(key.orderInGroup).as(key.name).isPositive();
            assertThat(key.displayName).as(key.name).isNotBlank();
            if (!key.group.equals(ConnectionConfig.GROUP)) { // the shared keys are ConnectionConfig's
                assertThat(key.validator).as(key.name).isNotNull();
            }
        }
        assertThat(SinkConfig.configDef().names()).contains("connection.url", "connection.password",
            "table.name.format", "insert.mode", "pk.mode", "pk.fields", "fields.whitelist", "batch.size",
            "max.retries", "retry.backoff.ms", "delete.enabled", "auto.create", "auto.evolve", "db.timezone",
            "quote.sql.identifiers");
    }

    @Test
    void theStringValueColumnIsAnyNonBlankName() {
        assertThat(SinkConfig.parse(with("string.output.value.column.name", "Payload")).writeOptions()
            .stringValueColumn()).isEqualTo("Payload");
        assertThatThrownBy(() -> SinkConfig.parse(with("string.output.value.column.name", " ")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("string.output.value.column.name");
    }

    @Test
    void tableTypesAreConfluentsThreeKindsInAnyCase() {
        assertThat(SinkConfig.parse(with("table.types", "view, Partitioned  Table,TABLE")).writeOptions().tableTypes())
            .containsExactlyInAnyOrder(RelationKind.TABLE, RelationKind.PARTITIONED_TABLE, RelationKind.VIEW);
        assertThatThrownBy(() -> SinkConfig.parse(with("table.types", "TABLE,MATERIALIZED VIEW")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("table.types")
            .hasMessageContaining("'MATERIALIZED VIEW'").hasMessageContaining("TABLE, PARTITIONED TABLE, VIEW");
        assertThatThrownBy(() -> SinkConfig.parse(with("table.types", "")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("table.types");
    }
}
