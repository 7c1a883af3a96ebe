package io.ferry.connect.pipeline;

import io.ferry.connect.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same round trips on a PostgreSQL container, where a Docker engine answers; skipped
 * otherwise (the embedded-server test covers the same scenarios).
 */
@Testcontainers(disabledWithoutDocker = true)
class SourceToSinkRoundTripOnContainerIT extends SourceToSinkRoundTrips {
    private static PostgreSQLContainer container;
    private static PostgresServer server;

    @BeforeAll
    static void startContainer() {
        container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        server = PostgresServer.external(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    @AfterAll
    static void stopContainer() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    PostgresServer server() {
        return server;
    }
}
