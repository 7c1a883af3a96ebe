package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.Version;
import io.ferry.connect.testing.SourceConfigs;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.Test;

/** Validation that needs no database: each problem is reported on the key to fix. */
class PostgresSourceConnectorTest {
    private final PostgresSourceConnector connector = new PostgresSourceConnector();

    private static Map<String, String> seedConfig() {
        // port 1: nothing listens; a test reaching the database checks would fail on connection.url
        return SourceConfigs.seed("jdbc:postgresql://127.0.0.1:1/mydatabase", "myuser", "mypassword");
    }

    private List<String> errorsOn(Map<String, String> props, String key) {
        return connector.validate(props).configValues().stream()
            .filter(v -> v.name().equals(key)).findFirst().map(ConfigValue::errorMessages).orElseThrow();
    }

    @Test
    void asksForTheTimestampColumnsOfTheTimestampModes() {
        for (String mode : List.of("timestamp", "timestamp+incrementing")) {
            Map<String, String> props = seedConfig();
            props.put("mode", mode);

            assertThat(errorsOn(props, "mode")).as(mode).isEmpty();
            assertThat(errorsOn(props, "timestamp.column.name")).as(mode).singleElement().asString()
                .contains("name the timestamp column(s) in timestamp.column.name");
        }
    }

    @Test
    void refusesATimestampColumnNamedBothWaysAndMalformedMappings() {
        Map<String, String> props = seedConfig();
        props.put("mode", "timestamp+incrementing");
        props.put("timestamp.column.name", "updated_at");
        props.put("timestamp.columns.mapping", "public\\..*:[updated_at]");
        props.put("incrementing.column.mapping", "public\\..*:id");

        assertThat(errorsOn(props, "timestamp.columns.mapping")).singleElement().asString().contains("not both");
        assertThat(errorsOn(props, "incrementing.column.mapping")).singleElement().asString().contains("not both");

        props.put("timestamp.columns.mapping", "public.*:updated_at");
        props.put("incrementing.column.mapping", "public.*:");
        assertThat(errorsOn(props, "timestamp.columns.mapping")).singleElement().asString()
            .contains("regex:[col1|col2|...]");
        assertThat(errorsOn(props, "incrementing.column.mapping")).singleElement().asString()
            .contains("column name is empty");
        props.put("timestamp.columns.mapping", "public.(*:[a]");
        assertThat(errorsOn(props, "timestamp.columns.mapping")).singleElement().asString()
            .contains("Not a regular expression");
    }

    @Test
    void rejectsAnUnknownMode() {
        Map<String, String> props = seedConfig();
        props.put("mode", "everything");

        assertThat(errorsOn(props, "mode")).singleElement().asString().contains("bulk, incrementing");
    }

    @Test
    void asksForAModeWhenNoneIsSet() {
        Map<String, String> props = seedConfig();
        props.remove("mode");

        assertThat(errorsOn(props, "mode")).singleElement().asString().contains("Set mode");
    }

    @Test
    void reportsATopicPrefixKafkaWouldRefuseButAcceptsNone() {
        Map<String, String> props = seedConfig();
        props.put("topic.prefix", "postgres source ");

        assertThat(errorsOn(props, "topic.prefix")).singleElement().asString().contains("'.', '_' and '-'");

        props.remove("topic.prefix");
        assertThat(errorsOn(props, "topic.prefix")).isEmpty();
    }

    @Test
    void refusesWhitelistAndBlacklistTogether() {
        Map<String, String> props = seedConfig();
        props.put("table.blacklist", "users");

        assertThat(errorsOn(props, "table.whitelist")).singleElement().asString().contains("not both");
        assertThat(errorsOn(props, "table.blacklist")).singleElement().asString().contains("not both");
    }

    @Test
    void refusesTheRegexTableListsWithTheWhitelistAsConfluentDoes() {
        Map<String, String> props = seedConfig();
        props.put("table.include.list", "public\\.iris_.*");

        assertThat(errorsOn(props, "table.include.list")).singleElement().asString().contains("not both");
        assertThat(errorsOn(props, "table.whitelist")).singleElement().asString().contains("not both");
        assertThat(errorsOn(props, "incrementing.column.name")).singleElement().asString().contains("not both");
    }

    @Test
    void refusesAnIncludePatternThatIsNoRegularExpression() {
        Map<String, String> props = seedConfig();
        props.remove("table.whitelist");
        props.put("table.include.list", "public\\.iris_(data");

        assertThat(errorsOn(props, "table.include.list")).singleElement().asString()
            .contains("not a regular expression");
    }

    @Test
    void refusesACustomQueryWithTablesOrTheMaskedQueryToo() {
        Map<String, String> props = seedConfig();
        props.put("query", "SELECT * FROM iris_data");
        props.put("query.masked", "SELECT 1");

        assertThat(errorsOn(props, "query")).contains("Set query or query.masked, not both");
        assertThat(errorsOn(props, "query.masked")).contains("Set query or query.masked, not both");

        props.remove("query.masked");
        assertThat(errorsOn(props, "query")).singleElement().asString()
            .contains("leave table.whitelist and table.blacklist empty");
    }

    @Test
    void asksACustomQueryForItsIncrementingColumnAndRefusesTheTableMappings() {
        Map<String, String> props = seedConfig();
        props.remove("table.whitelist");
        props.put("query.masked", "SELECT * FROM iris_data");
        props.put("mode", "timestamp+incrementing");
        props.put("incrementing.column.name", "");
        props.put("timestamp.columns.mapping", ".*:[timestamp]");

        assertThat(errorsOn(props, "incrementing.column.name")).singleElement().asString().contains("name it");
        assertThat(errorsOn(props, "query.masked")).singleElement().asString().contains("no table");
    }

    @Test
    void refusesToKeyTheRecordsOfACustomQueryByAPrimaryKeyItHasNot() {
        Map<String, String> props = seedConfig();
        props.put("query", "SELECT * FROM iris_data");
        props.put("record.key.mode", "primary_key");

        assertThat(errorsOn(props, "record.key.mode")).singleElement().asString()
            .contains("custom query has no primary key").contains("record.key.mode=none");
    }

    @Test
    void refusesAnUnknownRecordKeyMode() {
        Map<String, String> props = seedConfig();
        props.put("record.key.mode", "primary");

        assertThat(errorsOn(props, "record.key.mode")).singleElement().asString().contains("none, primary_key");
    }

    @Test
    void refusesNumericMappingsItDoesNotImplement() {
        Map<String, String> props = seedConfig();
        props.put("numeric.mapping", "precision_only");

        assertThat(errorsOn(props, "numeric.mapping")).singleElement().asString()
            .contains("not implemented by Ferry yet").contains("none, best_fit");
    }

    @Test
    void refusesANonPostgresUrlAndAnUnknownTimeZone() {
        Map<String, String> props = seedConfig();
        props.put("connection.url", "jdbc:mysql://db/x");
        props.put("db.timezone", "Mars/Olympus");

        assertThat(errorsOn(props, "connection.url")).isNotEmpty();
        assertThat(errorsOn(props, "db.timezone")).isNotEmpty();
    }

    @Test
    void declaresExactlyOnceForEveryModeButBulk() {
        assertThat(connector.exactlyOnceSupport(seedConfig())).isEqualTo(ExactlyOnceSupport.SUPPORTED);
        for (String mode : List.of("timestamp", "timestamp+incrementing")) {
            Map<String, String> props = seedConfig();
            props.put("mode", mode);
            assertThat(connector.exactlyOnceSupport(props)).as(mode).isEqualTo(ExactlyOnceSupport.SUPPORTED);
        }
        Map<String, String> bulk = seedConfig();
        bulk.put("mode", "bulk");
        assertThat(connector.exactlyOnceSupport(bulk)).isEqualTo(ExactlyOnceSupport.UNSUPPORTED);
    }

    @Test
    void readsTheModeForExactlyOnceAsTheConfigDefParsesItWhateverElseIsWrong() {
        Map<String, String> props = seedConfig();
        props.put("mode", " INCREMENTING ");
        props.remove("topic.prefix");
        assertThat(connector.exactlyOnceSupport(props)).isEqualTo(ExactlyOnceSupport.SUPPORTED);
        props.put("mode", "timestamp+incrementing");
        assertThat(connector.exactlyOnceSupport(props)).isEqualTo(ExactlyOnceSupport.SUPPORTED);
        props.put("mode", "Bulk");
        assertThat(connector.exactlyOnceSupport(props)).isEqualTo(ExactlyOnceSupport.UNSUPPORTED);
        props.remove("mode");
        assertThat(connector.exactlyOnceSupport(props)).isEqualTo(ExactlyOnceSupport.UNSUPPORTED);
    }

    @Test
    void reportsTheProjectVersion() {
        assertThat(connector.version()).isEqualTo(Version.get()).isNotEqualTo("unknown");
        assertThat(new PostgresSourceTask().version()).isEqualTo(Version.get());
    }

    @Test
    void asksForAChannelWhenTheWakeupTriggerIsToBeCreated() {
        Map<String, String> props = seedConfig();
        props.put("wakeup.trigger.create", "true");

        assertThat(errorsOn(props, "wakeup.trigger.create")).singleElement().asString().contains("set wakeup.channel");
    }

    @Test
    void refusesTheWakeupInBulkMode() {
        Map<String, String> props = seedConfig();
        props.put("mode", "bulk");
        props.put("wakeup.channel", "ferry_wakeup");

        assertThat(errorsOn(props, "wakeup.channel")).singleElement().asString().contains("mode=incrementing");
    }

    @Test
    void reportsABadChannelNameOnItsKey() {
        Map<String, String> props = seedConfig();
        props.put("wakeup.channel", "Ferry Wakeup");

        assertThat(errorsOn(props, "wakeup.channel")).singleElement().asString().contains("lower-case");
    }
}
