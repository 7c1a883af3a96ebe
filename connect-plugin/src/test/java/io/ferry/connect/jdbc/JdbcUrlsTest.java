package io.ferry.connect.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    private static ConnectionSettings settings(String url, String password) {
        return new ConnectionSettings(url, "bob", password, 3, 10_000);
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
}
