package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scenario 8 of issue 5 across the whole stack suite: no line a worker logged holds a password
 * of the stack's databases, whatever its test class did. {@link LocalStackExtension} checks every
 * stack it stops; the quickstart's test checks the quickstart's worker.
 */
final class PasswordsNeverLogged {
    private PasswordsNeverLogged() {
    }

    /** Fails naming (masked) lines of {@code log} that hold the password of one of {@code databases}. */
    static void in(WorkerLog log, Database... databases) {
        List<String> passwords = Arrays.stream(databases).map(Database::password).collect(Collectors.toList());
        List<String> leaks = log.everyLine().stream()
            .filter(line -> passwords.stream().anyMatch(line::contains))
            .limit(3)
            .map(line -> masked(line, passwords)) // the failure report shows where, not the password
            .collect(Collectors.toList());
        assertThat(leaks).as("lines of %s holding a database password (shown as ****)", log).isEmpty();
    }

    private static String masked(String line, List<String> passwords) {
        String masked = line;
        for (String password : passwords) {
            masked = masked.replace(password, "****");
        }
        return masked;
    }
}
