package io.ferry.connect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SqlStateClassifierTest {
    @ParameterizedTest
    @CsvSource({
        "08000, RETRIABLE", "08006, RETRIABLE", "08001, RETRIABLE", "40001, RETRIABLE", "40P01, RETRIABLE",
        "53000, RETRIABLE", "53200, RETRIABLE", "53300, RETRIABLE", "57P01, RETRIABLE", "57P02, RETRIABLE",
        "57P03, RETRIABLE", "55P03, RETRIABLE",
        "22001, DATA", "22003, DATA", "22P02, DATA", "23502, DATA", "23505, DATA", "23514, DATA", "42804, DATA",
        "42P01, FATAL", "42501, FATAL", "42703, FATAL", "53100, FATAL", "57P04, FATAL", "28P01, FATAL", "XX000, FATAL",
        "21000, FATAL"
    })
    void classifiesBySqlState(String state, ErrorKind kind) {
        assertThat(SqlStateClassifier.classify(state)).isEqualTo(kind);
        assertThat(SqlStateClassifier.classify(new SQLException("boom", state))).isEqualTo(kind);
    }

    @Test
    void anErrorWithoutSqlStateIsFatal() {
        assertThat(SqlStateClassifier.classify((String) null)).isEqualTo(ErrorKind.FATAL);
        assertThat(SqlStateClassifier.classify(new IllegalStateException("x"))).isEqualTo(ErrorKind.FATAL);
    }

    @Test
    void aBrokenConnectionUnderneathIsRetriable() {
        SQLException broken = new SQLException("I/O error", null, new EOFException());
        assertThat(SqlStateClassifier.classify(broken)).isEqualTo(ErrorKind.RETRIABLE);
    }

    @Test
    void findsTheSqlStateInTheCauseChain() {
        ConnectException wrapped = new ConnectException("cannot connect", new SQLException("refused", "08001"));
        assertThat(SqlStateClassifier.classify(wrapped)).isEqualTo(ErrorKind.RETRIABLE);
        assertThat(SqlStateClassifier.sqlStateOf(wrapped)).isEqualTo("08001");
    }

    @Test
    void readsTheChainedErrorOfABatchWithoutState() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0], null);
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertThat(SqlStateClassifier.classify(batch)).isEqualTo(ErrorKind.DATA);
    }
}
