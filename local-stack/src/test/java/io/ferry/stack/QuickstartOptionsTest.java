package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuickstartOptionsTest {
    @Test
    void insertsEvery10MsFromTheCurrentCheckoutByDefault() {
        QuickstartOptions options = QuickstartOptions.parse();

        assertThat(options.interval()).isEqualTo(Duration.ofMillis(10));
        assertThat(options.repoRoot()).isEqualTo(Paths.get("").toAbsolutePath());
        assertThat(options.pluginPath()).isEqualTo(options.repoRoot().resolve("connect-plugin/target/plugin"));
        assertThat(options.workDir()).isEqualTo(options.repoRoot().resolve("local-stack/target/quickstart"));
    }

    @Test
    void acceptsOptionsWithOrWithoutAnEqualsSign() {
        QuickstartOptions options = QuickstartOptions.parse("--interval-ms=250", "--repo-root", "/tmp/ferry",
            "--work-dir=/tmp/run");

        assertThat(options.interval()).isEqualTo(Duration.ofMillis(250));
        assertThat(options.connectorFile("sink_connector.json")).isEqualTo(Paths.get("/tmp/ferry/connectors/sink_connector.json"));
        assertThat(options.workDir()).isEqualTo(Paths.get("/tmp/run"));
    }

    @Test
    void rejectsUnknownOptionsAndNegativeIntervalsWithTheUsage() {
        assertThatThrownBy(() -> QuickstartOptions.parse("--rows-per-second=100"))
            .hasMessageContaining("Unknown option --rows-per-second").hasMessageContaining("Usage: ./quickstart");
        assertThatThrownBy(() -> QuickstartOptions.parse("--interval-ms=-1"))
            .hasMessageContaining("--interval-ms must be a whole number of milliseconds >= 0, not -1");
        assertThatThrownBy(() -> QuickstartOptions.parse("--help")).hasMessageStartingWith("Usage: ./quickstart");
    }
}
