package io.ferry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Random;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class IrisMeasuresTest {
    @Test
    void drawsTheMeasuresInColumnOrderThenTheClass() {
        assertThat(IrisMeasures.random(new Random(1))).isEqualTo(new IrisMeasures(6.9, 3.0, 2.2, 0.9, 1));
        assertThat(IrisMeasures.random(new Random(999_999))).isEqualTo(new IrisMeasures(5.7, 3.9, 6.2, 1.6, 2));
    }

    @Test
    void keepsTheBenchmarksRowsAPureFunctionOfTheirId() {
        Struct row = IrisRecords.value(1000);

        assertThat(row).isEqualTo(IrisRecords.value(1000));
        assertThat(row.get("timestamp")).isEqualTo(new Date(1_767_225_600_000L + 1000 * 1000L));
        assertThat(new IrisMeasures(row.getFloat64("sepal_length"), row.getFloat64("sepal_width"),
            row.getFloat64("petal_length"), row.getFloat64("petal_width"), row.getInt32("target")))
            .isEqualTo(new IrisMeasures(6.9, 3.4, 6.6, 0.2, 2));
    }

    @Test
    void letsPostgresDrawTheSameRanges() {
        assertThat(IrisMeasures.sqlRandomMeasures()).isEqualTo("round((4.3 + random() * 3.6)::numeric, 1), "
            + "round((2.0 + random() * 2.4)::numeric, 1), round((1.0 + random() * 5.9)::numeric, 1), "
            + "round((0.1 + random() * 2.4)::numeric, 1)");
        assertThat(IrisMeasures.sqlRandomTarget()).isEqualTo("floor(random() * 3)::int");
    }
}
