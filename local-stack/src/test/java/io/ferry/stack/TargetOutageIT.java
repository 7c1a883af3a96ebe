package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 5 of issue 5, target side: the sink's database goes away for 30 s mid-stream (open
 * connections cut, new ones refused, as when the server is down), with default retry settings.
 */
class TargetOutageIT {
    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void theSinkWaitsOutA30SecondTargetOutageAndLosesNothing() {
        OutageDrill.Report report = new OutageDrill(stack.get(), "TargetOutageIT")
            .run(OutageDrill.Side.TARGET, DatabaseProxy.Outage.REFUSE);

        assertThat(report.statesDuringOutage()).as("states of the sink during the outage")
            .containsOnly("connector RUNNING", "task RUNNING");
        assertThat(report.warningsDuringOutage()).as("the worker log says why the sink waits").isNotEmpty();
        if (report.mismatch() != null) {
            throw report.mismatch();
        }
        assertThat(report.lost()).isZero();
        assertThat(report.duplicatedInTarget()).isZero();
    }
}
