package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.testing.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordsNeverLoggedTest {
    private static final Database SOURCE = Database.at("127.0.0.1", 5432, "mydatabase", "myuser", "mypassword");

    @TempDir
    Path dir;

    @Test
    void passesOnALogWithoutThePassword() throws IOException {
        WorkerLog log = log("INFO Kafka Connect started", "");

        assertThatCode(() -> PasswordsNeverLogged.in(log, SOURCE)).doesNotThrowAnyException();
    }

    @Test
    void failsOnALineHoldingAPasswordWithoutRepeatingIt() throws IOException {
        WorkerLog log = log("INFO connecting with mypassword", "");

        assertThatThrownBy(() -> PasswordsNeverLogged.in(log, SOURCE)).isInstanceOf(AssertionError.class)
            .hasMessageContaining("connecting with ****").hasMessageNotContaining("mypassword");
    }

    @Test
    void failsWhenTheWorkerWroteNoLogRatherThanPassingOnNothing() throws IOException {
        assertThatThrownBy(() -> PasswordsNeverLogged.in(new WorkerLog(dir.resolve("worker.log")), SOURCE))
            .isInstanceOf(AssertionError.class).hasMessageContaining("cannot be read");
        WorkerLog empty = log("", "");
        assertThatThrownBy(() -> PasswordsNeverLogged.in(empty, SOURCE)).isInstanceOf(AssertionError.class)
            .hasMessageContaining("is empty");
    }

    private WorkerLog log(String log4j, String stdout) throws IOException {
        Path file = dir.resolve("worker.log");
        Files.writeString(file, log4j);
        Files.writeString(dir.resolve("worker.log.out"), stdout);
        return new WorkerLog(file);
    }
}
