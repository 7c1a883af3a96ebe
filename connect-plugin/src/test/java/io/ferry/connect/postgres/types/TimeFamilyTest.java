package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.jdbc.ColumnDescription;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.kafka.connect.data.Time;
import org.junit.jupiter.api.Test;

class TimeFamilyTest {
    @Test
    void readsTimeIntoConnectsTimeToTheMillisecond() {
        assertThat(readSchema("time").name()).isEqualTo(Time.LOGICAL_NAME);
        TimeFamily utc = new TimeFamily(ZoneOffset.UTC);
        assertThat(utc.connectTime(LocalTime.of(13, 45, 30, 500_999_000)).getTime())
            .isEqualTo(((13 * 60 + 45) * 60 + 30) * 1000L + 500);
        assertThat(utc.connectTime(null)).isNull();
    }

    /** As the PostgreSQL driver's getTime with a calendar of db.timezone, which Confluent's connector uses. */
    @Test
    void readsTheTimeOfDayIn1970sDatabaseTimeZoneAsUtcWrappedIntoTheDay() {
        TimeFamily berlin = new TimeFamily(ZoneId.of("Europe/Berlin"));

        assertThat(berlin.connectTime(LocalTime.of(10, 0)).getTime()).isEqualTo(9 * 3_600_000L);
        assertThat(berlin.connectTime(LocalTime.of(0, 30)).getTime()).as("23:30 UTC of the day before")
            .isEqualTo(23 * 3_600_000L + 30 * 60_000L);
    }

    @Test
    void readsATimeWithTimeZoneAsItsTimeOfDayInUtcWithinTheDay() {
        assertThat(readSchema("timetz").name()).isEqualTo(Time.LOGICAL_NAME);
        assertThat(TimeFamily.utcTimeOfDay(OffsetTime.of(13, 45, 30, 500_999_000, ZoneOffset.ofHours(9))).getTime())
            .isEqualTo(((4 * 60 + 45) * 60 + 30) * 1000L + 500);
        assertThat(TimeFamily.utcTimeOfDay(OffsetTime.of(1, 0, 0, 0, ZoneOffset.ofHours(9))).getTime())
            .as("the day before in UTC").isEqualTo(16 * 3_600_000L);
        assertThat(TimeFamily.utcTimeOfDay(OffsetTime.of(23, 0, 0, 0, ZoneOffset.ofHours(-5))).getTime())
            .as("the day after in UTC").isEqualTo(4 * 3_600_000L);
        assertThat(TimeFamily.utcTimeOfDay(null)).isNull();
    }

    @Test
    void bindsATimeIntoATimeWithTimeZoneColumnWithOffsetZero() {
        assertThat(TimeFamily.inUtc(new Date(49_530_250L)))
            .isEqualTo(OffsetTime.of(13, 45, 30, 250_000_000, ZoneOffset.UTC));
        assertThat(elementType(Time.SCHEMA, "timetz")).isEqualTo("pg_catalog.timetz");
    }

    @Test
    void timesIntoTimeAndIntoTimeWithTimeZoneColumnsConvertDifferently() {
        ArrayElement element = TypeLookups.TYPES.arrayElement(Time.SCHEMA, new ColumnDescription("c", "timetz"))
            .orElseThrow();
        assertThat(element).isNotEqualTo(TypeLookups.TYPES.arrayElement(Time.SCHEMA, new ColumnDescription("c", "time"))
            .orElseThrow());
    }

    @Test
    void bindsTheTimeOfDayInUtc() {
        assertThat(TimeFamily.localTime(new Date(49_530_250L))).isEqualTo(LocalTime.of(13, 45, 30, 250_000_000));
        assertThat(TimeFamily.localTime(new Date(-1))).isEqualTo(LocalTime.of(23, 59, 59, 999_000_000));
    }

    @Test
    void timesTravelAsTimes() {
        assertThat(elementType(Time.SCHEMA, "time")).isEqualTo("pg_catalog.time");
    }

    @Test
    void declaresColumnsAsConfluentsPostgresDialectDoes() {
        assertThat(ddlName(Time.SCHEMA)).isEqualTo("TIME");
    }

    @Test
    void writesDefaultsToTheMillisecondAsTheyAreBound() {
        assertThat(ddlDefault(Time.SCHEMA, new Date(49_530_250L))).isEqualTo("'13:45:30.250'");
        assertThat(ddlDefault(Time.SCHEMA, new Date(0L))).isEqualTo("'00:00:00.000'");
    }
}
