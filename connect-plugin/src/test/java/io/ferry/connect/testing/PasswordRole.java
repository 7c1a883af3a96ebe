package io.ferry.connect.testing;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A login role whose password the server really checks. The embedded test server trusts every
 * local login, so when needed a pg_hba.conf rule for just this role is put first and the
 * configuration reloaded (server-side, as the superuser the tests run as).
 */
public final class PasswordRole {
    public final String name;
    public final String password;

    private PasswordRole(String name, String password) {
        this.name = name;
        this.password = password;
    }

    public static PasswordRole create(Database db) throws Exception {
        PasswordRole role = new PasswordRole("ferry_pw_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000,
            "right-secret");
        db.execute("CREATE ROLE " + role.name + " LOGIN PASSWORD '" + role.password + "'");
        if (role.acceptsWrongPassword(db.url())) {
            Object file = db.rows("SELECT lo_from_bytea(0, convert_to('host all " + role.name
                + " 127.0.0.1/32 scram-sha-256' || chr(10) || pg_read_file(current_setting('hba_file')), 'UTF8'))")
                .get(0).get(0);
            db.execute("SELECT lo_export(" + file + ", current_setting('hba_file'))", "SELECT lo_unlink(" + file + ")",
                "SELECT pg_reload_conf()");
            Eventually.within(Duration.ofSeconds(10), () -> !role.acceptsWrongPassword(db.url()),
                () -> "the server still lets " + role.name + " in with a wrong password");
        }
        return role;
    }

    private boolean acceptsWrongPassword(String url) {
        try (Connection ignored = DriverManager.getConnection(url, name, "wrong-" + password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
