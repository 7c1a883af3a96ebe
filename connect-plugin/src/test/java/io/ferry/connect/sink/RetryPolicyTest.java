package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.postgres.FailureText;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final AtomicInteger evictions = new AtomicInteger();

    private RetryPolicy policy(int maxRetries) {
        return new RetryPolicy("Writing", maxRetries, 1234, evictions::incrementAndGet, FailureText.FULL);
    }

    private static SQLException withState(String state) {
        return new SQLException("boom", state);
    }

    @Test
    void aTransientDatabaseErrorIsRetriedAfterEvictingThePooledConnections() {
        RuntimeException failure = policy(3).failed(withState("57P01"));

        assertThat(failure).isInstanceOf(RetriableException.class)
            .hasMessage("Writing failed with a transient error, will retry: SQLState 57P01: boom");
        assertThat(evictions).hasValue(1);
    }

    @Test
    void anyOtherErrorStopsTheTaskAndLeavesThePoolAlone() {
        RuntimeException failure = policy(3).failed(withState("42P01"));

        assertThat(failure).isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
            .hasMessage("Writing failed: SQLState 42P01: boom");
        assertThat(evictions).hasValue(0);
    }

    @Test
    void aConnectExceptionThatIsNotTransientIsThrownAsItIs() {
        ConnectException named = new ConnectException("Cannot write record topic=t partition=0 offset=5");

        assertThat(policy(3).failed(named)).isSameAs(named);
    }

    @Test
    void aWaitThatTimedOutIsRetriedWithoutEvictingTheHealthyConnections() {
        RetriableException timedOut = new RetriableException("The dead letter queue did not confirm in time",
            new TimeoutException());

        assertThat(policy(3).failed(timedOut)).isInstanceOf(RetriableException.class);
        assertThat(evictions).hasValue(0);
    }

    @Test
    void failsOnceMaxRetriesTransientErrorsCameInARow() {
        RetryPolicy policy = policy(2);
        policy.failed(withState("40001"));
        policy.failed(withState("40001"));

        RuntimeException third = policy.failed(withState("40P01"));

        assertThat(third).isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
            .hasMessage("Writing failed 3 times in a row with transient errors (max.retries=2); "
                + "the last: SQLState 40P01: boom");
    }

    @Test
    void aSuccessGivesBackTheWholeBudget() {
        RetryPolicy policy = policy(1);
        policy.failed(withState("40001"));

        policy.succeeded();

        assertThat(policy.failed(withState("40001"))).isInstanceOf(RetriableException.class);
    }

    @Test
    void eachKindOfWorkCountsItsOwnFailures() {
        RetryPolicy writes = policy(1);
        RetryPolicy reads = new RetryPolicy("Reading", 1, 1234, evictions::incrementAndGet, FailureText.FULL);
        reads.failed(withState("08006"));
        reads.failed(withState("08006"));

        assertThat(writes.failed(withState("08006"))).isInstanceOf(RetriableException.class);
    }
}
