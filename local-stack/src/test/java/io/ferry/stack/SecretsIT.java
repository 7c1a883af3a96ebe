package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.SINK_CLASS;
import static io.ferry.stack.StackUnderTest.SOURCE_CLASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 8 of issue 5 (secrets): a database password written inside {@code connection.url}
 * (as {@code ?password=}) never shows in the worker's log nor in Connect's REST answers about
 * the connectors: config, tasks, status with a failure trace, validate and create errors. The
 * URL comes from a config provider, since Connect echoes a literal config value back as given.
 */
class SecretsIT {
    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();
    private static Path secrets;

    @BeforeAll
    static void nameTheSecretsFile() {
        secrets = stack.worker().logFile().resolveSibling("secrets.properties");
    }

    @Test
    void keepsPasswordsWrittenInsideTheUrlOutOfTheLogAndTheRestAnswers() {
        Database source = stack.postgres().source();
        Database target = stack.postgres().target();
        List<String> answers = new ArrayList<>();
        try (DatabaseProxy proxy = DatabaseProxy.inFrontOf(target)) {
            writeSecrets(Map.of(
                "source.url", withLogin(source.url(), source),
                "target.url", withLogin(target.url(), target),
                "flaky.url", withLogin(proxy.urlOf(target), target)));
            ConnectorJson sourceJson = fromProvider(StackUnderTest.repoConnector("source_connector.json"), "source.url");
            ConnectorJson sinkJson = fromProvider(StackUnderTest.repoConnector("sink_connector.json"), "target.url");
            ConnectorJson flakyJson = fromProvider(sinkJson.named("flaky-sink"), "flaky.url")
                .with("max.retries", "0").with("connection.attempts", "1");
            ConnectorStates states = new ConnectorStates(stack.rest());
            stack.rest().create(sourceJson.asJson());
            stack.rest().create(sinkJson.asJson());
            insertRows(source, 50);
            states.awaitRunning(sourceJson.name(), sinkJson.name());
            Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") >= 50,
                () -> "target has " + target.count("iris_data") + " rows, expected 50");

            proxy.cut(DatabaseProxy.Outage.REFUSE);
            String refused = catchThrowableOfType(ConnectRestException.class,
                () -> stack.rest().create(flakyJson.asJson())).body();
            answers.add(refused);
            assertThat(refused).as("create refused for an unreachable database").contains("password=****");
            proxy.heal();
            stack.rest().create(flakyJson.asJson());
            states.awaitRunning(flakyJson.name());
            proxy.cut(DatabaseProxy.Outage.REFUSE);
            insertRows(source, 50);
            Eventually.within(Duration.ofSeconds(60),
                () -> stack.rest().status(flakyJson.name()).path("tasks").toString().contains("FAILED"),
                () -> "flaky-sink has no FAILED task: " + states.describe(flakyJson.name()));

            answers.addAll(validationErrors(source, target));
            for (ConnectorJson connector : List.of(sourceJson, sinkJson, flakyJson)) {
                answers.add(stack.rest().connectorText(connector.name()));
                answers.add(stack.rest().tasksText(connector.name()));
                answers.add(stack.rest().status(connector.name()).toString());
            }
        }
        List<String> logLines = new WorkerLog(stack.get()).everyLine();

        System.out.printf("SecretsIT: %d REST answers (%d characters) and %d worker log lines checked for the "
                + "two database passwords%n", answers.size(), String.join("", answers).length(), logLines.size());
        for (String password : List.of(source.password(), target.password())) {
            assertThat(answers).as("REST answers").noneMatch(a -> a.contains(password));
            assertThat(logLines).as("worker log lines").noneMatch(l -> l.contains(password));
        }
    }

    /** Validate calls whose errors quote the URL: an unknown host, and the user:password@ form. */
    private static List<String> validationErrors(Database source, Database target) {
        Map<String, String> unknownHost = StackUnderTest.repoConnector("source_connector.json").configMap();
        unknownHost.put("connection.url", "jdbc:postgresql://nohost.invalid:5432/mydatabase?password="
            + source.password());
        unknownHost.remove("connection.password");
        ValidationResult hostErrors = new ValidationResult(stack.rest().validate(SOURCE_CLASS, unknownHost));
        Map<String, String> userInfo = StackUnderTest.repoConnector("sink_connector.json").configMap();
        userInfo.put("connection.url", "jdbc:postgresql://" + target.user() + ":" + target.password() + "@"
            + target.host() + ":" + target.port() + "/" + target.name());
        userInfo.remove("connection.password");
        ValidationResult userInfoErrors = new ValidationResult(stack.rest().validate(SINK_CLASS, userInfo));

        assertThat(hostErrors.errors("connection.url")).as("%s", hostErrors).isNotEmpty();
        assertThat(String.join(" ", hostErrors.errors("connection.url"))).contains("password=****");
        assertThat(String.join(" ", userInfoErrors.errors("connection.url"))).as("%s", userInfoErrors)
            .contains("connection.user and connection.password");
        // Connect echoes each submitted value next to its errors; only the errors are the plugin's words.
        return List.of(hostErrors.errorsByKey().toString(), userInfoErrors.errorsByKey().toString());
    }

    private static ConnectorJson fromProvider(ConnectorJson connector, String key) {
        return connector.with("connection.url", "${file:" + secrets.toAbsolutePath() + ":" + key + "}")
            .without("connection.user").without("connection.password");
    }

    private static String withLogin(String url, Database database) {
        return url + "?user=" + database.user() + "&password=" + database.password();
    }

    private static void writeSecrets(Map<String, String> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach((k, v) -> text.append(k).append('=').append(v.replace(":", "\\:")).append('\n'));
        try {
            Files.writeString(secrets, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void insertRows(Database database, int n) {
        for (int i = 0; i < n; i++) {
            database.execute("INSERT INTO iris_data (timestamp, sepal_length, sepal_width, petal_length, "
                + "petal_width, target) VALUES (now(), 5.1, 3.5, 1.4, 0.2, 0)");
        }
    }
}
