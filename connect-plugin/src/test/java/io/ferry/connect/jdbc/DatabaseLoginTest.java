package io.ferry.connect.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Logins that fail before any server answers: no database needed. */
class DatabaseLoginTest {
    @Test
    void saysTheServerIsUnreachableWithoutShowingThePasswords() {
        ConnectionSettings settings = new ConnectionSettings(
            "jdbc:postgresql://127.0.0.1:1/db?password=url-secret", "bob", "key-secret", 1, 0);

        DatabaseLogin.Failure failure = catchThrowableOfType(DatabaseLogin.Failure.class,
            () -> DatabaseLogin.open(settings));

        assertThat(failure.reason()).isEqualTo(DatabaseLogin.Reason.UNREACHABLE);
        assertThat(failure.what()).isEqualTo("Cannot connect to jdbc:postgresql://127.0.0.1:1/db?password=****");
        assertThat(failure.getMessage()).contains("SQLState 08").doesNotContain("url-secret")
            .doesNotContain("key-secret");
    }

    @Test
    void saysTheDriverDoesNotTakeAUrlOfAnotherDatabase() {
        ConnectionSettings settings = new ConnectionSettings("jdbc:mysql://db/x?password=url-secret", "bob", null,
            1, 0);

        DatabaseLogin.Failure failure = catchThrowableOfType(DatabaseLogin.Failure.class,
            () -> DatabaseLogin.open(settings));

        assertThat(failure.reason()).isEqualTo(DatabaseLogin.Reason.URL_NOT_ACCEPTED);
        assertThat(failure.getMessage()).doesNotContain("url-secret");
    }

    @Test
    void givesTheDriverTheConnectorsPropertiesWhichWinOverItsOwnTimeouts() {
        ConnectionSettings settings = new ConnectionSettings("jdbc:postgresql://db/x", "bob", "pw", 1, 0,
            Map.of("ApplicationName", "ferry-orders", "connectTimeout", "3"));

        Properties properties = DatabaseLogin.properties(settings);

        assertThat(properties).containsEntry("ApplicationName", "ferry-orders").containsEntry("connectTimeout", "3")
            .containsEntry("user", "bob").containsEntry("password", "pw").containsEntry("loginTimeout", "10");
    }

    @Test
    void masksDriverPasswordPropertiesAndNeverPrintsPropertyValues() {
        ConnectionSettings settings = new ConnectionSettings("jdbc:postgresql://db/x", "bob", "pw", 1, 0,
            Map.of("sslpassword", "key-phrase", "ApplicationName", "ferry-orders"));

        assertThat(settings.withoutSecrets("could not decrypt with key-phrase")).isEqualTo("could not decrypt with ****");
        assertThat(settings.toString()).contains("ApplicationName").doesNotContain("key-phrase")
            .doesNotContain("ferry-orders");
        assertThat(settings.withUrl("jdbc:postgresql://other/x").driverProperties())
            .isEqualTo(settings.driverProperties());
    }
}
