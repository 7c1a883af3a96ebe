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
}
