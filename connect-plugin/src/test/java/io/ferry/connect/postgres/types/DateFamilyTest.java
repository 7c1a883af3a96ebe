package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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

    @Test
    void writesDefaultsAsConfluentsSinkWritesDates() {
        assertThat(ddlDefault(Date.SCHEMA, connectDate(LocalDate.of(2024, 2, 29)))).isEqualTo("'2024-02-29'");
        assertThat(ddlDefault(Date.SCHEMA, connectDate(LocalDate.of(5, 1, 2)))).isEqualTo("'0005-01-02'");
        assertThat(ddlDefault(Date.SCHEMA, connectDate(LocalDate.of(-43, 3, 15)))).isEqualTo("'0044-03-15 BC'");
    }

    /** A column's default is the day a value would be written as: date.timezone and date.calendar.system apply. */
    @Test
    void declaresTheDefaultAsTheDayItBinds() {
        ZoneId newYork = ZoneId.of("America/New_York");
        DateFamily westOfUtc = new DateFamily(new WallClock(newYork, newYork, DateCalendar.LEGACY));
        DateFamily legacy = new DateFamily(new WallClock(ZoneOffset.UTC, ZoneOffset.UTC, DateCalendar.LEGACY));

        assertThat(westOfUtc.ddlDefault(Date.SCHEMA, connectDate(LocalDate.of(2024, 3, 10))))
            .hasValue("'2024-03-09'");
        assertThat(legacy.ddlDefault(Date.SCHEMA, connectDate(LocalDate.of(1582, 10, 14))))
            .hasValue("'1582-10-04'");
    }

    private static java.util.Date connectDate(LocalDate day) {
        return new java.util.Date(day.toEpochDay() * DAY);
    }
}
