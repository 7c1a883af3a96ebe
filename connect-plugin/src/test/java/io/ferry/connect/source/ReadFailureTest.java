package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.source.query.RowSource;
import io.ferry.connect.sql.TableId;
import java.io.EOFException;
import java.sql.SQLException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReadFailureTest {
    private static final RowSource IRIS = RowSource.table(new TableId("public", "iris_data"));

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01", "08006", "57P01", "57P03", "53300", "55P03"})
    void aTransientErrorIsRetriedOverANewConnection(String state) {
        RuntimeException failure = ReadFailure.of(IRIS, new SQLException("transient", state));

        assertThat(failure).isInstanceOf(RetriableException.class).hasMessageContaining("iris_data")
            .hasMessageContaining("SQLState " + state).hasMessageContaining("reconnecting");
    }

    /** 53100 disk full and 57P04 database dropped need an operator: retrying them for ever hides them. */
    @ParameterizedTest
    @ValueSource(strings = {"53100", "57P04", "42P01", "42501", "22P02", "XX000"})
    void anyOtherErrorFailsTheTaskNamingTableAndSqlState(String state) {
        RuntimeException failure = ReadFailure.of(IRIS, new SQLException("lasting", state));

        assertThat(failure).isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
            .hasMessageContaining("Reading table public.iris_data failed: lasting")
            .hasMessageContaining("SQLState " + state);
    }

    @Test
    void aConnectionBrokenUnderneathWithoutSqlStateIsRetried() {
        SQLException broken = new SQLException("I/O error", null, new EOFException());

        assertThat(ReadFailure.of(IRIS, broken)).isInstanceOf(RetriableException.class);
    }
}
