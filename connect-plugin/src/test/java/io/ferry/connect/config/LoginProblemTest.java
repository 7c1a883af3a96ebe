package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.jdbc.DatabaseLogin;
import io.ferry.connect.jdbc.DatabaseLogin.Reason;
import org.junit.jupiter.api.Test;

class LoginProblemTest {
    private static LoginProblem problem(Reason reason, String what) {
        return LoginProblem.of(new DatabaseLogin.Failure(reason, what, "FATAL: it failed (SQLState 00000)", null));
    }

    @Test
    void reportsARejectedPasswordOnThePasswordKey() {
        LoginProblem problem = problem(Reason.PASSWORD_REJECTED, "PostgreSQL rejected the password of user 'bob'");

        assertThat(problem.key()).isEqualTo("connection.password");
        assertThat(problem.message()).isEqualTo("PostgreSQL rejected the password of user 'bob': check "
            + "connection.password. FATAL: it failed (SQLState 00000)");
    }

    @Test
    void reportsARefusedUserOnTheUserKey() {
        LoginProblem problem = problem(Reason.USER_REFUSED, "PostgreSQL refused user 'bob'");

        assertThat(problem.key()).isEqualTo("connection.user");
        assertThat(problem.message()).startsWith("PostgreSQL refused user 'bob': check connection.user (and the "
            + "server's pg_hba.conf).");
    }

    @Test
    void reportsEverythingElseOnTheUrlKey() {
        assertThat(problem(Reason.DATABASE_MISSING, "x").key()).isEqualTo("connection.url");
        assertThat(problem(Reason.URL_NOT_ACCEPTED, "x").key()).isEqualTo("connection.url");
        assertThat(problem(Reason.UNREACHABLE, "Cannot connect to jdbc:postgresql://db/x").message())
            .isEqualTo("Cannot connect to jdbc:postgresql://db/x: check host, port and database in connection.url "
                + "and that the server is reachable. FATAL: it failed (SQLState 00000)");
    }

    @Test
    void leavesOutADetailTheDriverDidNotGive() {
        LoginProblem problem = LoginProblem.of(new DatabaseLogin.Failure(Reason.URL_NOT_ACCEPTED,
            "The PostgreSQL driver does not accept the URL jdbc:x", "", null));

        assertThat(problem.message()).isEqualTo("The PostgreSQL driver does not accept the URL jdbc:x: check "
            + "connection.url.");
    }
}
