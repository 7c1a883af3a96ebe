package io.ferry.connect.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import org.junit.jupiter.api.Test;

class PostgresServerIT {
    @Test
    void givesEachTestAFreshDatabase() {
        Database first = PostgresServer.server().createDatabase("first");
        Database second = PostgresServer.server().createDatabase("second");
        IrisTable.createIn(first);
        first.execute("INSERT INTO iris_data (sepal_length) VALUES (1.5)");
        IrisTable.createIn(second);
        assertThat(first.count("iris_data")).isEqualTo(1);
        assertThat(second.count("iris_data")).isZero();
    }
}
