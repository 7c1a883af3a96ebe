package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.postgres.types.NumericMapping;
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
        assertThat(settings.batchMaxRows()).isEqualTo(100);
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
        assertThat(settings.recordKeyMode()).as("Confluent's records: key null").isEqualTo(RecordKeyMode.NONE);
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
    void requiresATopicPrefix() {
        Map<String, String> props = seedConfig();
        props.remove("topic.prefix");

        assertThatThrownBy(() -> SourceConfig.parse(props))
            .isInstanceOf(ConfigException.class).hasMessageContaining("topic.prefix");
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
