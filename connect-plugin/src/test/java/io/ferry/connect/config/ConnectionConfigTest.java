package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.sql.IdentifierQuoting;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ConnectionConfigTest {
    private static Map<String, String> sourceConfig(String url) {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", url);
        props.put("topic.prefix", "p-");
        props.put("mode", "bulk");
        return props;
    }

    @Test
    void rejectsUserInfoInTheUrlWithoutShowingIt() {
        Map<String, String> props = sourceConfig("jdbc:postgresql://bob:s3cret@db:5432/x");

        assertThatThrownBy(() -> SourceConfig.parse(props)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("connection.user and connection.password")
            .hasMessageNotContaining("s3cret");
    }

    @Test
    void mapsQuoteSqlIdentifiersOntoTheQuotingRuleAlwaysByDefault() {
        assertThat(SourceConfig.parse(sourceConfig("jdbc:postgresql://db/x")).identifierQuoting())
            .isEqualTo(IdentifierQuoting.ALWAYS);
        Map<String, String> never = sourceConfig("jdbc:postgresql://db/x");
        never.put("quote.sql.identifiers", " Never ");
        assertThat(SourceConfig.parse(never).identifierQuoting()).isEqualTo(IdentifierQuoting.NEVER);
    }

    @Test
    void passesConnectionKeysItDoesNotDefineToTheDriverPrefixRemovedForBothConnectors() {
        Map<String, String> source = sourceConfig("jdbc:postgresql://db/x");
        source.put("connection.ApplicationName", "ferry-orders");
        source.put("connection.sslmode", "disable");
        Map<String, String> sink = new HashMap<>(source);
        sink.remove("topic.prefix");
        sink.remove("mode");
        sink.put("topics", "orders");

        assertThat(SourceConfig.parse(source).connection().driverProperties())
            .containsExactly(Map.entry("ApplicationName", "ferry-orders"), Map.entry("sslmode", "disable"));
        assertThat(SinkConfig.parse(sink).connection().driverProperties())
            .containsExactly(Map.entry("ApplicationName", "ferry-orders"), Map.entry("sslmode", "disable"));
    }

    @Test
    void passesNoneOfItsOwnConnectionKeysToTheDriver() {
        Map<String, String> props = sourceConfig("jdbc:postgresql://db/x");
        props.put("connection.user", "bob");
        props.put("connection.password", "secret");
        props.put("connection.attempts", "2");
        props.put("connection.backoff.ms", "5");

        assertThat(SourceConfig.parse(props).connection().driverProperties()).isEmpty();
    }

    @Test
    void acceptsOnlyConfluentsDefaultCredentialsProviderWhichReadsUserAndPassword() {
        Map<String, String> props = sourceConfig("jdbc:postgresql://db/x");
        props.put("jdbc.credentials.provider.class", " io.confluent.connect.jdbc.util.DefaultJdbcCredentialsProvider ");
        assertThat(SourceConfig.parse(props).connection().url()).isEqualTo("jdbc:postgresql://db/x");

        props.put("jdbc.credentials.provider.class", "com.example.VaultCredentialsProvider");
        assertThatThrownBy(() -> SourceConfig.parse(props)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("jdbc.credentials.provider.class").hasMessageContaining("connection.password");
    }
}
