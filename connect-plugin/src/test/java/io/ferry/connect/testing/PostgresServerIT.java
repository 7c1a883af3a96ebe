package io.ferry.connect.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresServerIT {
    @Test
    void givesEachTestAFreshDatabase() {
        ScratchDatabase first = PostgresServer.server().createDatabase("first");
        ScratchDatabase second = PostgresServer.server().createDatabase("second");
        first.createIrisTable();
        first.execute("INSERT INTO iris_data (sepal_length) VALUES (1.5)");
        second.createIrisTable();
        assertThat(first.count("iris_data")).isEqualTo(1);
        assertThat(second.count("iris_data")).isZero();
    }
}
