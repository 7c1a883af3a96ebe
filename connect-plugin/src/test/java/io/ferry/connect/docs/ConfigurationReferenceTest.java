package io.ferry.connect.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sink.PostgresSinkConnector;
import io.ferry.connect.source.PostgresSourceConnector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** docs/configuration.md is generated from the ConfigDefs; this keeps the two equal. */
class ConfigurationReferenceTest {
    private static final String START = "<!-- config-reference:start -->\n";
    private static final String END = "<!-- config-reference:end -->";
    private static final Path REFERENCE = Paths.get("..", "docs", "configuration.md");

    @Test
    void configurationReferenceMatchesTheConfigDefs() throws IOException {
        String document = new String(Files.readAllBytes(REFERENCE), StandardCharsets.UTF_8);
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        assertThat(start).as(REFERENCE + " has the config reference markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String expected = generated();
        String actual = document.substring(start + START.length(), end);
        if (Boolean.getBoolean("ferry.docs.update") && !actual.equals(expected)) {
            String updated = document.substring(0, start + START.length()) + expected + document.substring(end);
            Files.write(REFERENCE, updated.getBytes(StandardCharsets.UTF_8));
            actual = expected;
        }
        assertThat(actual)
            .as(REFERENCE + " is stale; rerun with -Dferry.docs.update=true")
            .isEqualTo(expected);
    }

    private static String generated() {
        return "\n## Source connector (`io.ferry.connect.source.PostgresSourceConnector`)\n\n"
            + ConfigReference.markdown(new PostgresSourceConnector().config())
            + "\n## Sink connector (`io.ferry.connect.sink.PostgresSinkConnector`)\n\n"
            + ConfigReference.markdown(new PostgresSinkConnector().config())
            + "\n";
    }
}
