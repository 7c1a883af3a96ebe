package io.ferry.connect.source.wakeup;

import io.ferry.connect.config.LoginProblem;
import io.ferry.connect.jdbc.ConnectionSettings;
import io.ferry.connect.jdbc.DatabaseLogin;
import io.ferry.connect.postgres.SqlStateClassifier;
import java.sql.Connection;
import java.sql.SQLException;

/** Opens the wake-up's own connections, outside the task's pool: one attempt, failures as SQL errors. */
final class WakeupConnections {
    private WakeupConnections() {
    }

    /** An auto-commit connection; a failure keeps the driver's SQLState so the task can classify it. */
    static Connection open(ConnectionSettings settings) throws SQLException {
        try {
            return DatabaseLogin.open(settings);
        } catch (DatabaseLogin.Failure e) {
            throw new SQLException(LoginProblem.of(e).message(), SqlStateClassifier.sqlStateOf(e), e);
        }
    }
}
