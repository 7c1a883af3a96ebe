package io.ferry.connect.testing;

import io.ferry.testing.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for integration tests: the one named by {@code FERRY_TEST_PG_URL}
 * (a JDBC URL of an administrative database, with {@code FERRY_TEST_PG_USER} and
 * {@code FERRY_TEST_PG_PASSWORD}) when set, else an embedded PostgreSQL 14 on 127.0.0.1.
 * One server per JVM; every test gets a fresh database of its own.
 */
public final class PostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final String adminUrl;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String adminUrl, String user, String password, EmbeddedPostgres embedded) {
        URI server = URI.create(adminUrl.substring("jdbc:".length()));
        this.adminUrl = adminUrl;
        this.host = server.getHost();
        this.port = server.getPort() == -1 ? 5432 : server.getPort();
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The server for this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized PostgresServer server() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** A server of the given admin URL, e.g. a Testcontainers one. */
    public static PostgresServer external(String adminUrl, String user, String password) {
        return new PostgresServer(adminUrl, user, password, null);
    }

    private static PostgresServer start() {
        String url = System.getenv("FERRY_TEST_PG_URL");
        if (url != null && !url.isEmpty()) {
            return external(url, System.getenv("FERRY_TEST_PG_USER"), System.getenv("FERRY_TEST_PG_PASSWORD"));
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .setServerConfig("max_prepared_transactions", "10")
                .setServerConfig("fsync", "off")
                .start();
            return new PostgresServer("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres",
                "postgres", "postgres", pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    /** Creates a new, empty database, reached with the server's login. */
    public Database createDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return Database.at(host, port, name, user, password);
    }

    public String adminUrl() {
        return adminUrl;
    }

    private void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is exiting; nothing to do
            }
        }
    }
}
