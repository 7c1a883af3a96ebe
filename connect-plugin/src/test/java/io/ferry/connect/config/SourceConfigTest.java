package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.postgres.types.NumericMapping;
import io.ferry.connect.postgres.types.TimestampGranularity;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.SourceConfigs;
import java.time.ZoneId;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SourceConfigTest {
    private static Map<String, String> seedConfig() {
        return SourceConfigs.seed("jdbc:postgresql://postgres-server:5432/mydatabase", "myuser", "mypassword");
    }

    @Test
    void readsTheSeedConfigWithConfluentDefaultsForTheRest() {
        SourceSettings settings = SourceConfig.parse(seedConfig());

        assertThat(settings.whitelist()).containsExactly(new TableId(null, "iris_data"));
        assertThat(settings.mode()).isEqualTo(SourceMode.INCREMENTING);
        assertThat(settings.incrementingColumn()).isEqualTo("id");
        assertThat(settings.topicPrefix()).isEqualTo("postgres-source-");
        assertThat(settings.batchMaxRows()).isEqualTo(1000);
        assertThat(settings.pollIntervalMs()).isEqualTo(5000);
        assertThat(settings.tablePollIntervalMs()).isEqualTo(60_000L);
        assertThat(settings.validateNonNull()).isTrue();
        assertThat(settings.incrementingGapMaxWaitMs()).isEqualTo(60_000L);
        assertThat(settings.schemaPattern()).isNull();
        assertThat(settings.tableTypes()).containsExactly("TABLE");
        assertThat(settings.dbTimeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.numericMapping()).isEqualTo(NumericMapping.NONE);
        assertThat(settings.connection().password()).isEqualTo("mypassword");
        assertThat(settings.wakeupEnabled()).isFalse();
        assertThat(settings.wakeupTriggerCreate()).isFalse();
        assertThat(settings.includeList()).isEmpty();
        assertThat(settings.excludeList()).isEmpty();
        assertThat(settings.catalogPattern()).isNull();
        assertThat(settings.transactionIsolation()).isEqualTo(TransactionIsolation.DEFAULT);
        assertThat(settings.transactionIsolation().isSet()).isFalse();
        assertThat(settings.queryRetryAttempts()).isEqualTo(-1);
        assertThat(settings.dateCalendar()).isEqualTo(io.ferry.connect.postgres.types.DateCalendar.LEGACY);
        assertThat(settings.readAhead()).isTrue();
        assertThat(settings.pollLingerMs()).isEqualTo(5000L);
        assertThat(settings.tableStartupLimitMs()).isEqualTo(10_000L);
        assertThat(settings.timestampGranularity()).isEqualTo(TimestampGranularity.CONNECT_LOGICAL);
        assertThat(settings.recordKeyMode()).as("Confluent's records: key null").isEqualTo(RecordKeyMode.NONE);
    }

    @Test
    void parsesTheIsolationLevelsPostgresHasInAnyCase() {
        Map<String, String> props = seedConfig();
        props.put("transaction.isolation.mode", "serializable");
        assertThat(SourceConfig.parse(props).transactionIsolation().jdbcLevel())
            .isEqualTo(java.sql.Connection.TRANSACTION_SERIALIZABLE);

        props.put("transaction.isolation.mode", "READ_UNCOMMITTED");
        assertThat(SourceConfig.parse(props).transactionIsolation()).isEqualTo(TransactionIsolation.READ_UNCOMMITTED);
    }

    @Test
    void refusesSqlServersSnapshotIsolationAndUnknownLevels() {
        for (String level : new String[] {"SQL_SERVER_SNAPSHOT", "READ_UNCOMMITED", "SNAPSHOT"}) {
            Map<String, String> props = seedConfig();
            props.put("transaction.isolation.mode", level);

            assertThatThrownBy(() -> SourceConfig.parse(props)).as(level)
                .isInstanceOf(ConfigException.class).hasMessageContaining("transaction.isolation.mode");
        }
    }

    @Test
    void parsesTheRetryLimitTheBufferTheLingerAndTheStartupLimit() {
        Map<String, String> props = seedConfig();
        props.put("query.retry.attempts", "5");
        props.put("batch.max.rows", "500");
        props.put("max.buffer.size", "499");
        props.put("poll.linger.ms", "200");
        props.put("table.monitoring.startup.polling.limit.ms", "0");

        SourceSettings settings = SourceConfig.parse(props);

        assertThat(settings.queryRetryAttempts()).isEqualTo(5);
        assertThat(settings.readAhead()).as("a buffer smaller than a page").isFalse();
        assertThat(settings.pollLingerMs()).isEqualTo(200L);
        assertThat(settings.tableStartupLimitMs()).isZero();
        props.put("max.buffer.size", "500");
        assertThat(SourceConfig.parse(props).readAhead()).isTrue();
    }

    @Test
    void parsesTheRegexListsIntoPatterns() {
        Map<String, String> props = seedConfig();
        props.put("table.include.list", "public\\.iris_.*, lab\\..*");
        props.put("table.exclude.list", ".*_tmp");

        SourceSettings settings = SourceConfig.parse(props);

        assertThat(settings.includeList()).extracting(java.util.regex.Pattern::pattern)
            .containsExactly("public\\.iris_.*", "lab\\..*");
        assertThat(settings.excludeList()).extracting(java.util.regex.Pattern::pattern).containsExactly(".*_tmp");
    }

    @Test
    void takesEveryTimestampGranularityOfConfluentsAndRefusesOthers() {
        Map<String, String> props = seedConfig();
        props.put("timestamp.granularity", "NANOS_ISO_DATETIME_STRING");
        assertThat(SourceConfig.parse(props).timestampGranularity())
            .isEqualTo(TimestampGranularity.NANOS_ISO_DATETIME_STRING);

        props.put("timestamp.granularity", "picos_long");
        assertThatThrownBy(() -> SourceConfig.parse(props)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("micros_iso_datetime_string");
    }

    @Test
    void keysRecordsByPrimaryKeyWhenAsked() {
        Map<String, String> props = seedConfig();
        props.put("record.key.mode", " Primary_Key ");

        assertThat(SourceConfig.parse(props).recordKeyMode()).isEqualTo(RecordKeyMode.PRIMARY_KEY);
    }

    @Test
    void turnsTheWakeupOnWithAChannelName() {
        Map<String, String> props = seedConfig();
        props.put("wakeup.channel", " ferry_wakeup ");
        props.put("wakeup.trigger.create", "true");

        SourceSettings settings = SourceConfig.parse(props);

        assertThat(settings.wakeupEnabled()).isTrue();
        assertThat(settings.wakeupChannel()).isEqualTo("ferry_wakeup");
        assertThat(settings.wakeupTriggerCreate()).isTrue();
    }

    @Test
    void refusesAChannelNameThatIsNotALowerCaseIdentifier() {
        for (String channel : new String[] {"Ferry", "1st", "ferry-wakeup", "x'); DROP TABLE t; --", "a b",
            "c".repeat(64)}) {
            Map<String, String> props = seedConfig();
            props.put("wakeup.channel", channel);

            assertThatThrownBy(() -> SourceConfig.parse(props)).as(channel)
                .isInstanceOf(ConfigException.class).hasMessageContaining("wakeup.channel")
                .hasMessageContaining("lower-case letters, digits and '_'");
        }
    }

    @Test
    void acceptsTheLongestChannelNamePostgresKeeps() {
        Map<String, String> props = seedConfig();
        props.put("wakeup.channel", "_" + "c".repeat(62));

        assertThat(SourceConfig.parse(props).wakeupChannel()).hasSize(63);
    }

    @Test
    void acceptsZeroToTurnGapHoldingOffButNoNegativeWait() {
        Map<String, String> props = seedConfig();
        props.put("incrementing.gap.max.wait.ms", "0");
        assertThat(SourceConfig.parse(props).incrementingGapMaxWaitMs()).isZero();

        props.put("incrementing.gap.max.wait.ms", "-1");
        assertThatThrownBy(() -> SourceConfig.parse(props))
            .isInstanceOf(ConfigException.class).hasMessageContaining("incrementing.gap.max.wait.ms");
    }

    @Test
    void takesAnEmptyTopicPrefixWhenNoneIsGivenAndTrimsAGivenOne() {
        Map<String, String> props = seedConfig();
        props.remove("topic.prefix");
        assertThat(SourceConfig.parse(props).topicPrefix()).isEmpty();

        props.put("topic.prefix", "  pg.source-1_ ");
        assertThat(SourceConfig.parse(props).topicPrefix()).isEqualTo("pg.source-1_");
    }

    @Test
    void refusesATopicPrefixKafkaWouldNotTakeInATopicName() {
        for (String prefix : new String[] {"pg source-", "pg/", "präfix-", "x".repeat(250)}) {
            Map<String, String> props = seedConfig();
            props.put("topic.prefix", prefix);

            assertThatThrownBy(() -> SourceConfig.parse(props)).as(prefix)
                .isInstanceOf(ConfigException.class).hasMessageContaining("topic.prefix");
        }
        Map<String, String> longest = seedConfig();
        longest.put("topic.prefix", "x".repeat(249));
        assertThat(SourceConfig.parse(longest).topicPrefix()).hasSize(249);
    }

    @Test
    void parsesBestFitAndAnotherTimeZone() {
        Map<String, String> props = seedConfig();
        props.put("numeric.mapping", "best_fit");
        props.put("db.timezone", "Asia/Seoul");

        SourceSettings settings = SourceConfig.parse(props);

        assertThat(settings.numericMapping()).isEqualTo(NumericMapping.BEST_FIT);
        assertThat(settings.dbTimeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void everyKeyHasDocGroupOrderDisplayNameAndValidatorOrFreeText() {
        for (ConfigDef.ConfigKey key : SourceConfig.configDef().configKeys().values()) {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.group).as(key.name).isNotBlank();
            assertThat(key.orderInGroup).as(key.name).isPositive();
            assertThat(key.displayName).as(key.name).isNotBlank();
        }
        assertThat(SourceConfig.configDef().names()).contains("connection.url", "connection.password",
            "table.whitelist", "mode", "incrementing.column.name", "topic.prefix", "poll.interval.ms");
    }
}
