package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5 of issue 5, target side: the sink's database goes away for 30 s mid-stream (open
 * connections cut, new ones refused, as when the server is down), with default retry settings.
 */
class TargetOutageIT {
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = StackUnderTest.start(TargetOutageIT.class);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theSinkWaitsOutA30SecondTargetOutageAndLosesNothing() {
        OutageDrill.Report report = new OutageDrill(stack, "TargetOutageIT")
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
