package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.connect.data.Date;
import org.junit.jupiter.api.Test;

class DateFamilyTest {
    private static final long DAY = 86_400_000L;

    @Test
    void readsDateIntoConnectsDateAtMidnightUtc() {
        assertThat(readSchema("date").name()).isEqualTo(Date.LOGICAL_NAME);
        for (DateCalendar calendar : DateCalendar.values()) {
            DateFamily family = new DateFamily(WallClock.reading(ZoneOffset.UTC, calendar));
            assertThat(family.connectDate(LocalDate.of(2024, 2, 29)).getTime())
                .isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay() * DAY);
            assertThat(family.connectDate(null)).isNull();
        }
    }

    /** The values the PostgreSQL driver's getDate with a UTC calendar gives, which Confluent's connector sends. */
    @Test
    void countsDaysBeforeTheGregorianCalendarInTheJulianOneWhenLegacy() {
        DateFamily legacy = new DateFamily(WallClock.reading(ZoneOffset.UTC, DateCalendar.LEGACY));
        DateFamily proleptic = new DateFamily(WallClock.gregorian(ZoneOffset.UTC));

        assertThat(legacy.connectDate(LocalDate.of(1500, 3, 1)).getTime()).isEqualTo(-14_825_808_000_000L);
        assertThat(proleptic.connectDate(LocalDate.of(1500, 3, 1)).getTime()).isEqualTo(-14_826_672_000_000L);
        assertThat(legacy.connectDate(LocalDate.of(-43, 3, 15)).getTime()).as("44 BC").isEqualTo(-63_517_996_800_000L);
        assertThat(legacy.connectDate(LocalDate.of(1582, 10, 15)).getTime())
            .isEqualTo(LocalDate.of(1582, 10, 15).toEpochDay() * DAY);
    }

    @Test
    void bindsTheDayOfTheDateInUtcBeforeAndAfter1970() {
        WallClock utc = WallClock.gregorian(ZoneOffset.UTC);
        assertThat(utc.date(new java.util.Date(0))).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(utc.date(new java.util.Date(-1))).isEqualTo(LocalDate.of(1969, 12, 31));
        assertThat(utc.date(new java.util.Date(LocalDate.of(1, 1, 1).toEpochDay() * DAY)))
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
}
