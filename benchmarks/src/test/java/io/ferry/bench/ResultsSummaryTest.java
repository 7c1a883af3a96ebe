package io.ferry.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultsSummaryTest {
    private static final Path README = Paths.get("..", "README.md");
    private static final Path RESULTS = Paths.get("..", "docs", "benchmarks", "results.md");

    /** The README's figures are the committed results', never a hand copy. */
    @Test
    void readmeSummarisesTheCommittedResults() throws IOException {
        String readme = Files.readString(README);
        String expected = ResultsSummary.of(Files.readString(RESULTS));
        if (Boolean.getBoolean("ferry.docs.update") && !ReadmeSummary.in(readme).equals(expected)) {
            Files.writeString(README, ReadmeSummary.with(readme, expected));
            readme = Files.readString(README);
        }
        assertThat(ReadmeSummary.in(readme))
            .as("README's benchmark summary is stale; rerun with -Dferry.docs.update=true")
            .isEqualTo(expected);
    }

    @Test
    void listsEveryFigureWithATargetOfAGeneratedReportWithItsVerdict() {
        Report report = new Report("./benchmark", BenchOptions.fromSystemProperties(), "a quiet machine");
        Map<String, List<Double>> sink = new LinkedHashMap<>();
        sink.put("Ferry defaults", List.of(90_000.0));
        sink.put("Debezium defaults", List.of(30_000.0));
        sink.put("Ferry tuned", List.of(100_000.0));
        sink.put("Debezium tuned", List.of(80_000.0));
        sink.put(SinkBenchmark.CONVERTER_CEILING, List.of(200_000.0));
        report.sink(sink);
        report.source(Map.of(SourceBenchmark.FERRY + " defaults", List.of(70_000.0)), Optional.empty());
        LatencyLine wakeup = new LatencyLine(100, SourcePolling.all().get(2));
        wakeup.add(new LatencyResult(100, "60000", 1_000, 5, 12, 20));
        report.latency(List.of(wakeup), 20);

        String summary = ResultsSummary.of(report.markdown());

        assertThat(summary).startsWith("Scale: 1,000,000 records (W1, W2); 3 repetitions. Machine at start: a quiet machine.\n\n")
            .contains("| W1 sink | Ferry defaults / Debezium defaults | 3.00x (3.00 – 3.00): 90,000 vs 30,000 rows/s | >= 2x | met |\n")
            .contains("| W1 sink | Ferry tuned / Debezium tuned | 1.25x (1.25 – 1.25): 100,000 vs 80,000 rows/s | >= 1.5x | missed |\n")
            .contains("| W1 sink | Ferry tuned / " + SinkBenchmark.CONVERTER_CEILING + " | 0.50x (0.50 – 0.50): 100,000 vs 200,000 rows/s | >= 0.85x | missed |\n")
            .contains("| W2 source | Ferry source defaults / 157k rows/s (a reference figure for a Confluent-lineage source, not measured here) | 0.45x | >= 1.1x | missed |\n")
            .contains("| W3 latency | p99, wake-up (poll 60000), 100 rows/s | 12 ms | p99 < 30 ms | met |\n")
            .doesNotContain("Ferry defaults / " + SinkBenchmark.CONVERTER_CEILING);
    }

    @Test
    void refusesResultsWithoutAnyTarget() {
        assertThatThrownBy(() -> ResultsSummary.of("# Ferry benchmarks\n\nNothing ran.\n"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
