package io.ferry.connect.postgres.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class WallClockTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static Date connectDate(LocalDate day) {
        return new Date(TimeUnit.DAYS.toMillis(day.toEpochDay()));
    }

    @Test
    void aDateIsItsOwnDayInUtcAndTheDayBeforeWestOfUtc() {
        LocalDate day = LocalDate.of(2024, 3, 10);
        assertThat(new WallClock(NEW_YORK, ZoneOffset.UTC, DateCalendar.LEGACY).date(connectDate(day)))
            .isEqualTo(day);
        assertThat(new WallClock(NEW_YORK, NEW_YORK, DateCalendar.LEGACY).date(connectDate(day)))
            .isEqualTo(day.minusDays(1));
        assertThat(new WallClock(TOKYO, TOKYO, DateCalendar.LEGACY).date(connectDate(day))).isEqualTo(day);
    }

    @Test
    void theLegacyCalendarSpellsDaysBeforeTheReformInTheJulianCalendar() {
        WallClock legacy = new WallClock(ZoneOffset.UTC, ZoneOffset.UTC, DateCalendar.LEGACY);
        WallClock gregorian = new WallClock(ZoneOffset.UTC, ZoneOffset.UTC, DateCalendar.PROLEPTIC_GREGORIAN);
        // 15 October 1582 (Gregorian) follows 4 October 1582 (Julian): the day before is Gregorian 14 October.
        assertThat(legacy.date(connectDate(LocalDate.of(1582, 10, 15)))).isEqualTo(LocalDate.of(1582, 10, 15));
        assertThat(legacy.date(connectDate(LocalDate.of(1582, 10, 14)))).isEqualTo(LocalDate.of(1582, 10, 4));
        assertThat(gregorian.date(connectDate(LocalDate.of(1582, 10, 14)))).isEqualTo(LocalDate.of(1582, 10, 14));
        assertThat(legacy.date(connectDate(LocalDate.of(1000, 1, 1)))).isEqualTo(LocalDate.of(999, 12, 27));
        assertThat(legacy.date(connectDate(LocalDate.of(2024, 2, 29)))).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theLegacyCalendarCountsYearsBeforeOneAsPostgresDoes() {
        WallClock legacy = new WallClock(ZoneOffset.UTC, ZoneOffset.UTC, DateCalendar.LEGACY);
        // Julian 1 January 1 BC (year 0 in ISO counting) is Gregorian 30 December 2 BC.
        assertThat(legacy.date(connectDate(LocalDate.of(-1, 12, 30)))).isEqualTo(LocalDate.of(0, 1, 1));
    }

    @Test
    void aJulianLeapDayPostgresHasNoDateForIsTheDatasFault() {
        WallClock legacy = new WallClock(ZoneOffset.UTC, ZoneOffset.UTC, DateCalendar.LEGACY);
        // Gregorian 10 March 1500 is Julian 29 February 1500, which the Gregorian calendar does not have.
        assertThatThrownBy(() -> legacy.date(connectDate(LocalDate.of(1500, 3, 10))))
            .isInstanceOf(DataException.class).hasMessageContaining("date.calendar.system");
    }

    @Test
    void instantsAreTheWallClockTimeInTheDatabaseZoneWithTheirNanoseconds() {
        Instant instant = Instant.parse("2024-05-01T12:30:15.123456789Z");
        WallClock berlin = new WallClock(ZoneId.of("Europe/Berlin"), ZoneOffset.UTC, DateCalendar.LEGACY);
        assertThat(berlin.local(instant)).isEqualTo(LocalDateTime.of(2024, 5, 1, 14, 30, 15, 123_456_789));
        assertThat(berlin.offset(instant).toInstant()).isEqualTo(instant);
    }

    @Test
    void theLegacyCalendarSpellsInstantsBeforeTheReformWithTheZonesOffset() {
        Instant instant = LocalDateTime.of(1582, 10, 14, 23, 0, 0, 500).toInstant(ZoneOffset.UTC);
        WallClock legacy = new WallClock(ZoneOffset.ofHours(2), ZoneOffset.UTC, DateCalendar.LEGACY);
        assertThat(legacy.local(instant)).isEqualTo(LocalDateTime.of(1582, 10, 15, 1, 0, 0, 500));
        assertThat(legacy.offset(instant)).isEqualTo(OffsetDateTime.of(1582, 10, 15, 1, 0, 0, 500,
            ZoneOffset.ofHours(2)));
        Instant earlier = instant.minusSeconds(TimeUnit.DAYS.toSeconds(1));
        assertThat(legacy.local(earlier)).isEqualTo(LocalDateTime.of(1582, 10, 4, 1, 0, 0, 500));
        assertThat(new WallClock(ZoneOffset.ofHours(2), ZoneOffset.UTC, DateCalendar.PROLEPTIC_GREGORIAN)
            .local(earlier)).isEqualTo(LocalDateTime.of(1582, 10, 14, 1, 0, 0, 500));
    }
}
