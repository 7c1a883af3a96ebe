package io.ferry.stack;

import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 14 on 127.0.0.1 holding the seed's two databases: the source
 * ({@code mydatabase}, {@code myuser}) and the target ({@code targetdatabase},
 * {@code targetuser}), each with an empty {@code iris_data} table. Logins over TCP need the
 * right password, as on the seed's servers.
 */
public final class IrisPostgres implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final Database source;
    private final Database target;

    private IrisPostgres(EmbeddedPostgres server) {
        this.server = server;
        this.source = Database.at(LocalPorts.HOST, server.getPort(), "mydatabase", "myuser", "mypassword");
        this.target = Database.at(LocalPorts.HOST, server.getPort(), "targetdatabase", "targetuser", "targetpassword");
    }

    /** Starts the server with its files under {@code dir}, creates both databases and tables. */
    public static IrisPostgres start(Path dir) {
        return start(dir, true);
    }

    /**
     * As {@link #start(Path)}; with {@code stopOnJvmExit} false the server has no shutdown hook
     * of its own, for a caller that stops it from its hook after what still uses it (the
     * quickstart stops the generator and the worker first).
     */
    public static IrisPostgres start(Path dir, boolean stopOnJvmExit) {
        try {
            Path hba = writeHbaFile(dir.resolve("pg_hba.conf"));
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("data"))
                .setServerConfig("listen_addresses", LocalPorts.HOST)
                .setServerConfig("hba_file", hba.toString())
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off")
                .setRegisterShutdownHook(stopOnJvmExit)
                .start();
            IrisPostgres postgres = new IrisPostgres(server);
            try {
                postgres.create(postgres.source);
                postgres.create(postgres.target);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    public Database source() {
        return source;
    }

    public Database target() {
        return target;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop embedded PostgreSQL", e);
        }
    }

    private void create(Database db) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + db.user() + " LOGIN PASSWORD '" + db.password() + "'");
            s.execute("CREATE DATABASE " + db.name() + " OWNER " + db.user());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + db.name(), e);
        }
        IrisTable.recreateIn(db);
    }

    /** The superuser may log in without a password (the test's admin); everyone else needs one. */
    private static Path writeHbaFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
            "local all all trust",
            "host all postgres 127.0.0.1/32 trust",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256",
            ""));
        return file.toAbsolutePath();
    }
}
