package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.source.query.RowSource;
import io.ferry.connect.sql.TableId;
import java.sql.SQLException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.junit.jupiter.api.Test;

class QueryRetriesTest {
    private static final RowSource ORDERS = RowSource.table(new TableId("public", "orders"));
    private static final RowSource USERS = RowSource.table(new TableId("public", "users"));
    private static final SQLException SERIALIZATION_FAILURE = new SQLException("could not serialize", "40001");
    private static final SQLException NO_SUCH_TABLE = new SQLException("relation does not exist", "42P01");

    @Test
    void failsTheTaskAtTheNthTransientFailureInARow() {
        QueryRetries retries = new QueryRetries(3);

        assertThat(retries.failed(ORDERS, SERIALIZATION_FAILURE)).isInstanceOf(RetriableException.class);
        assertThat(retries.failed(ORDERS, SERIALIZATION_FAILURE)).isInstanceOf(RetriableException.class);
        assertThat(retries.failed(ORDERS, SERIALIZATION_FAILURE)).isInstanceOf(ConnectException.class)
            .isNotInstanceOf(RetriableException.class).hasMessageContaining("public.orders")
            .hasMessageContaining("SQLState 40001").hasMessageContaining("3 time(s) in a row")
            .hasMessageContaining("query.retry.attempts");
    }

    @Test
    void aSuccessfulReadStartsTheCountAgainAndEachTableCountsForItself() {
        QueryRetries retries = new QueryRetries(2);

        retries.failed(ORDERS, SERIALIZATION_FAILURE);
        retries.succeeded(ORDERS);
        assertThat(retries.failed(ORDERS, SERIALIZATION_FAILURE)).isInstanceOf(RetriableException.class);
        assertThat(retries.failed(USERS, SERIALIZATION_FAILURE)).isInstanceOf(RetriableException.class);
        assertThat(retries.failed(ORDERS, SERIALIZATION_FAILURE)).isNotInstanceOf(RetriableException.class);
    }

    @Test
    void retriesForEverWithMinusOneOrZeroAsConfluentDoes() {
        for (int attempts : new int[] {-1, 0}) {
            QueryRetries retries = new QueryRetries(attempts);
            for (int i = 0; i < 100; i++) {
                assertThat(retries.failed(ORDERS, SERIALIZATION_FAILURE)).isInstanceOf(RetriableException.class);
            }
        }
    }

    @Test
    void anErrorThatIsNotTransientFailsTheTaskAtOnce() {
        assertThat(new QueryRetries(-1).failed(ORDERS, NO_SUCH_TABLE)).isInstanceOf(ConnectException.class)
            .isNotInstanceOf(RetriableException.class);
    }
}
