package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.kafka.connect.data.Date;
import org.junit.jupiter.api.Test;

class DateFamilyTest {
    private static final long DAY = 86_400_000L;

    @Test
    void readsDateIntoConnectsDateAtMidnightUtc() {
        assertThat(readSchema("date").name()).isEqualTo(Date.LOGICAL_NAME);
        assertThat(DateFamily.connectDate(LocalDate.of(2024, 2, 29)).getTime())
            .isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay() * DAY);
        assertThat(DateFamily.connectDate(null)).isNull();
    }

    @Test
    void bindsTheDayOfTheDateInUtcBeforeAndAfter1970() {
        assertThat(DateFamily.localDate(new java.util.Date(0))).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(DateFamily.localDate(new java.util.Date(-1))).isEqualTo(LocalDate.of(1969, 12, 31));
        assertThat(DateFamily.localDate(new java.util.Date(LocalDate.of(1, 1, 1).toEpochDay() * DAY)))
            .isEqualTo(LocalDate.of(1, 1, 1));
    }

    @Test
    void datesTravelAsDatesWhateverTheColumn() {
        assertThat(elementType(Date.SCHEMA, "date")).isEqualTo("pg_catalog.date");
        assertThat(elementType(Date.builder().optional().build(), "timestamp")).isEqualTo("pg_catalog.date");
    }

    @Test
    void declaresColumnsAsConfluentsPostgresDialectDoes() {
        assertThat(ddlName(Date.SCHEMA)).isEqualTo("DATE");
    }

    @Test
    void writesDefaultsAsConfluentsSinkWritesDates() {
        assertThat(ddlDefault(Date.SCHEMA, DateFamily.connectDate(LocalDate.of(2024, 2, 29)))).isEqualTo("'2024-02-29'");
        assertThat(ddlDefault(Date.SCHEMA, DateFamily.connectDate(LocalDate.of(5, 1, 2)))).isEqualTo("'0005-01-02'");
        assertThat(ddlDefault(Date.SCHEMA, DateFamily.connectDate(LocalDate.of(-43, 3, 15))))
            .isEqualTo("'0044-03-15 BC'");
    }
}
