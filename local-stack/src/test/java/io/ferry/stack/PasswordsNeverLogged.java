package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Scenario 8 of issue 5 across the whole stack suite: after every test class (this extension is
 * auto-detected, see junit-platform.properties), no line its worker logged holds a password
 * of the stack's databases, whatever the class did.
 */
public final class PasswordsNeverLogged implements AfterAllCallback {
    /** The logins {@link IrisPostgres} creates for the source and the target database. */
    private static final List<String> PASSWORDS = List.of("mypassword", "targetpassword");

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        String workDir = System.getProperty("ferry.work.dir");
        if (workDir == null) {
            return;
        }
        Path connect = Paths.get(workDir, context.getRequiredTestClass().getSimpleName(), "connect");
        for (String name : List.of("worker.log", "worker.log.out")) {
            Path file = connect.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            // Latin-1 reads any bytes; the passwords are ASCII.
            List<String> leaks = Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
                .filter(line -> PASSWORDS.stream().anyMatch(line::contains))
                .limit(3)
                .map(PasswordsNeverLogged::masked) // the failure report shows where, not the password
                .collect(Collectors.toList());
            assertThat(leaks).as("lines of %s holding a database password (shown as ****)", file).isEmpty();
        }
    }

    private static String masked(String line) {
        String masked = line;
        for (String password : PASSWORDS) {
            masked = masked.replace(password, "****");
        }
        return masked;
    }
}
