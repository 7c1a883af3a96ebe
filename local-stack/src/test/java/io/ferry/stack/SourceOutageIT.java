package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 5 of issue 5, source side: the source's database goes away for 30 s mid-stream (open
 * connections cut, new ones blackholed, as behind a network partition), with default settings.
 */
class SourceOutageIT {
    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void theSourceWaitsOutA30SecondSourceOutageAndLosesNothing() {
        OutageDrill.Report report = new OutageDrill(stack.get(), "SourceOutageIT")
            .run(OutageDrill.Side.SOURCE, DatabaseProxy.Outage.BLACKHOLE);

        assertThat(report.statesDuringOutage()).as("states of the source during the outage")
            .containsOnly("connector RUNNING", "task RUNNING");
        assertThat(report.warningsDuringOutage()).as("the worker log says why the source waits").isNotEmpty();
        if (report.mismatch() != null) {
            throw report.mismatch();
        }
        assertThat(report.lost()).isZero();
        assertThat(report.duplicatedInTarget()).isZero();
    }
}
