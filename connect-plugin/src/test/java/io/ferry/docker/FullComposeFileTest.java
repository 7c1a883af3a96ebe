package io.ferry.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docker/docker-compose.yaml brings the whole pipeline up with one command; read without a Docker engine. */
class FullComposeFileTest {
    private final ComposeFile compose = ComposeFile.read(ComposeFile.FULL);

    @Test
    void runsThePipelineUnderTheCourseServiceNames() {
        assertThat(compose.serviceNames()).containsExactlyInAnyOrder(
            "broker", "schema-registry", "connect", "postgres-server", "data-generator",
            "target-postgres-server", "table-creator", "connector-registrar");
    }

    @Test
    void runsOneKraftBrokerWithoutZookeeper() {
        Map<String, String> env = compose.service("broker").environment();

        assertThat(compose.serviceNames()).doesNotContain("zookeeper");
        assertThat(env).doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
        assertThat(env.get("KAFKA_PROCESS_ROLES")).contains("broker").contains("controller");
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS"))
            .contains("PLAINTEXT://broker:29092").contains("PLAINTEXT_HOST://localhost:9092");
        assertThat(compose.service("broker").ports()).contains("9092:9092");
    }

    @Test
    void buildsConnectFromTheConnectDockerfileWithTheCourseWorkerSettings() {
        ComposeService connect = compose.service("connect");
        Map<String, String> env = connect.environment();

        assertThat(compose.resolve(connect.buildContext())).isEqualTo(ProjectFiles.ROOT);
        assertThat(connect.dockerfile()).isEqualTo("docker/connect.Dockerfile");
        assertThat(connect.ports()).contains("8083:8083");
        assertThat(connect.healthcheck()).contains("http://localhost:8083/connectors");
        assertThat(env).containsEntry("CONNECT_BOOTSTRAP_SERVERS", "broker:29092")
            .containsEntry("CONNECT_KEY_CONVERTER", "org.apache.kafka.connect.storage.StringConverter")
            .containsEntry("CONNECT_VALUE_CONVERTER", "org.apache.kafka.connect.json.JsonConverter");
    }

    @Test
    void publishesTheTargetDatabaseOnHostPort5433() {
        assertThat(compose.service("target-postgres-server").ports()).containsExactly("5433:5432");
    }

    @Test
    void pointsEveryConnectorAtADatabaseServiceThatHasItsDatabaseAndCredentials() {
        List<ConnectorFile> connectors = ConnectorFile.all();

        assertThat(connectors).extracting(ConnectorFile::fileName)
            .containsExactly("sink_connector.json", "source_connector.json");
        for (ConnectorFile connector : connectors) {
            String host = connector.jdbcUrl().getHost();
            assertThat(compose.serviceNames()).as("JDBC host of %s", connector.fileName()).contains(host);
            assertThat(connector.jdbcUrl().getPort()).as("port of %s", connector.fileName()).isEqualTo(5432);
            assertThat(compose.service(host).environment())
                .as("database and credentials of %s", connector.fileName())
                .containsEntry("POSTGRES_DB", connector.database())
                .containsEntry("POSTGRES_USER", connector.config("connection.user"))
                .containsEntry("POSTGRES_PASSWORD", connector.config("connection.password"));
        }
    }

    @Test
    void createsIrisDataInBothDatabasesAndFillsTheSourceOne() {
        String table = ProjectFiles.read(ProjectFiles.DOCKER.resolve("sql/iris_data.sql"));
        ComposeService generator = compose.service("data-generator");

        assertThat(table).contains("CREATE TABLE IF NOT EXISTS iris_data", "id SERIAL PRIMARY KEY",
            "timestamp timestamp", "sepal_length float8", "sepal_width float8", "petal_length float8",
            "petal_width float8", "target int");
        assertThat(compose.service("postgres-server").node().path("volumes").get(0).asText())
            .isEqualTo("./sql/iris_data.sql:/docker-entrypoint-initdb.d/iris_data.sql:ro");
        assertThat(compose.service("table-creator").dockerfile()).isEqualTo("target.Dockerfile");
        assertThat(compose.service("table-creator").dependsOn())
            .containsEntry("target-postgres-server", "service_healthy");
        assertThat(generator.environment()).containsEntry("PGHOST", "postgres-server");
        assertThat(generator.dependsOn()).containsEntry("postgres-server", "service_healthy");
    }

    @Test
    void registersBothConnectorsOnceConnectIsHealthyAndTheTargetTableExists() {
        ComposeService registrar = compose.service("connector-registrar");
        String script = ProjectFiles.read(ProjectFiles.DOCKER.resolve("register-connectors.sh"));

        assertThat(registrar.bindMountSources()).extracting(compose::resolve)
            .contains(ProjectFiles.CONNECTORS, ProjectFiles.DOCKER.resolve("register-connectors.sh"));
        assertThat(registrar.dependsOn()).containsEntry("connect", "service_healthy")
            .containsEntry("table-creator", "service_completed_successfully");
        assertThat(script).contains("source_connector.json sink_connector.json", "$CONNECT_URL/connectors");
        assertThat(registrar.environment()).containsEntry("CONNECT_URL", "http://connect:8083");
    }
}
