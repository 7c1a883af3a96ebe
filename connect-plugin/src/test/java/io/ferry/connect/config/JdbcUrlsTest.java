package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.sql.IdentifierQuoting;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    private static ConnectionSettings settings(String url, String password) {
        return new ConnectionSettings(url, "bob", password, 3, 10_000, IdentifierQuoting.ALWAYS);
    }

    @Test
    void masksAPasswordParameterAndAUserInfoPassword() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/x?user=bob&password=s3cret&ssl=true"))
            .isEqualTo("jdbc:postgresql://db:5432/x?user=bob&password=****&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/x?PASSWORD=s3cret"))
            .isEqualTo("jdbc:postgresql://db/x?PASSWORD=****");
        assertThat(JdbcUrls.redact("jdbc:postgresql://bob:s3cret@db:5432/x"))
            .isEqualTo("jdbc:postgresql://bob:****@db:5432/x");
    }

    @Test
    void tellsAUrlWithUserInfoFromOneWithout() {
        assertThat(JdbcUrls.hasUserInfo("jdbc:postgresql://bob:s3cret@db:5432/x")).isTrue();
        assertThat(JdbcUrls.hasUserInfo("jdbc:postgresql://bob@db/x")).isTrue();
        assertThat(JdbcUrls.hasUserInfo("jdbc:postgresql://db:5432/x?user=bob&password=a@b")).isFalse();
        assertThat(JdbcUrls.hasUserInfo("jdbc:postgresql://db1:5432,db2:5432/x")).isFalse();
    }

    @Test
    void masksThePasswordAndPasswordsInTheUrlInAnyMessage() {
        ConnectionSettings settings = settings("jdbc:postgresql://db/x?password=url%21pw", "key-pw");

        String message = settings.withoutSecrets("login with key-pw, url%21pw or url!pw failed");

        assertThat(message).isEqualTo("login with ****, **** or **** failed");
        assertThat(settings.withoutSecrets(null)).isEmpty();
        assertThat(settings.toString()).doesNotContain("key-pw").doesNotContain("url%21pw");
    }

    @Test
    void rejectsUserInfoInTheUrlWithoutShowingIt() {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", "jdbc:postgresql://bob:s3cret@db:5432/x");
        props.put("topic.prefix", "p-");
        props.put("mode", "bulk");

        assertThatThrownBy(() -> SourceConfig.parse(props)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("connection.user and connection.password")
            .hasMessageNotContaining("s3cret");
    }
}
