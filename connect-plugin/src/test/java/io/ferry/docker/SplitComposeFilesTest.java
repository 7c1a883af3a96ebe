package io.ferry.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The course's split compose files (plus the source side) on the external network mlops-network. */
class SplitComposeFilesTest {

    @Test
    void keepTheServicesOfTheCourseFiles() {
        assertThat(ComposeFile.read(ComposeFile.KAFKA).serviceNames())
            .containsExactlyInAnyOrder("zookeeper", "broker", "schema-registry", "connect");
        assertThat(ComposeFile.read(ComposeFile.TARGET).serviceNames())
            .containsExactlyInAnyOrder("target-postgres-server", "table-creator");
        assertThat(ComposeFile.read(ComposeFile.SOURCE).serviceNames())
            .containsExactlyInAnyOrder("postgres-server", "data-generator");
    }

    @Test
    void joinTheExternalNetworkMlopsNetwork() {
        for (String name : ComposeFile.SPLIT) {
            ComposeFile compose = ComposeFile.read(name);
            assertThat(compose.defaultNetwork().path("name").asText()).as(name).isEqualTo("mlops-network");
            assertThat(compose.defaultNetwork().path("external").asBoolean()).as(name).isTrue();
        }
    }

    @Test
    void buildConnectAndTheTableCreatorFromTheDockerfilesOfThisFolder() {
        ComposeFile kafka = ComposeFile.read(ComposeFile.KAFKA);
        ComposeFile target = ComposeFile.read(ComposeFile.TARGET);
        ComposeService connect = kafka.service("connect");

        assertThat(kafka.resolve(connect.buildContext())).isEqualTo(ProjectFiles.ROOT);
        assertThat(connect.dockerfile()).isEqualTo("docker/connect.Dockerfile");
        assertThat(connect.ports()).contains("8083:8083");
        assertThat(kafka.service("broker").ports()).contains("9092:9092");
        assertThat(target.service("table-creator").dockerfile()).isEqualTo("target.Dockerfile");
        assertThat(target.service("target-postgres-server").ports()).containsExactly("5433:5432");
    }

    @Test
    void serveEveryDatabaseTheConnectorsNameOnTheSharedNetwork() {
        Set<String> services = new TreeSet<>();
        ComposeFile.SPLIT.forEach(name -> services.addAll(ComposeFile.read(name).serviceNames()));

        List<ConnectorFile> connectors = ConnectorFile.all();

        assertThat(connectors).as("connectors/*.json").isNotEmpty();
        for (ConnectorFile connector : connectors) {
            assertThat(services).as("JDBC host of %s", connector.fileName()).contains(connector.jdbcUrl().getHost());
        }
    }
}
