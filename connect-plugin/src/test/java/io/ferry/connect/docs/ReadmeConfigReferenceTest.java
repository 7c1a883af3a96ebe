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

/** The README's config reference is generated from the ConfigDefs; this keeps the two equal. */
class ReadmeConfigReferenceTest {
    private static final String START = "<!-- config-reference:start -->\n";
    private static final String END = "<!-- config-reference:end -->";
    private static final Path README = Paths.get("..", "README.md");

    @Test
    void readmeConfigReferenceMatchesTheConfigDefs() throws IOException {
        String readme = new String(Files.readAllBytes(README), StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README has the config reference markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String expected = generated();
        String actual = readme.substring(start + START.length(), end);
        if (Boolean.getBoolean("ferry.readme.update") && !actual.equals(expected)) {
            String updated = readme.substring(0, start + START.length()) + expected + readme.substring(end);
            Files.write(README, updated.getBytes(StandardCharsets.UTF_8));
            actual = expected;
        }
        assertThat(actual)
            .as("README config reference is stale; rerun with -Dferry.readme.update=true")
            .isEqualTo(expected);
    }

    private static String generated() {
        return "\n### Source connector (`io.ferry.connect.source.PostgresSourceConnector`)\n\n"
            + ConfigReference.markdown(new PostgresSourceConnector().config())
            + "\n### Sink connector (`io.ferry.connect.sink.PostgresSinkConnector`)\n\n"
            + ConfigReference.markdown(new PostgresSinkConnector().config())
            + "\n";
    }
}
