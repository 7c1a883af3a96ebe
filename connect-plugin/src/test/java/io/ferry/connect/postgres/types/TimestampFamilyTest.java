package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

class TimestampFamilyTest {
    private static final Instant INSTANT = Instant.parse("2024-05-01T12:30:15.123Z");

    private final TimestampFamily berlin =
        new TimestampFamily(WallClock.reading(ZoneId.of("Europe/Berlin"), DateCalendar.LEGACY),
            TimestampGranularity.CONNECT_LOGICAL);
    private final TimestampInstants berlinInstants = new TimestampInstants(ZoneId.of("Europe/Berlin"));

    @Test
    void readsBothTimestampTypesIntoConnectsTimestamp() {
        assertThat(readSchema("timestamp").name()).isEqualTo(Timestamp.LOGICAL_NAME);
        assertThat(readSchema("timestamptz").name()).isEqualTo(Timestamp.LOGICAL_NAME);
    }

    @Test
    void readsATimestampWithoutTimeZoneAsWallClockTimeInTheDatabaseTimeZone() {
        assertThat(berlinInstants.instant(LocalDateTime.of(2024, 5, 1, 14, 30, 15, 123_000_000)))
            .isEqualTo(INSTANT);
        assertThat(berlin.readInstant(LocalDateTime.of(2024, 5, 1, 14, 30, 15, 123_000_000))).isEqualTo(INSTANT);
        assertThat(berlin.readInstant(OffsetDateTime.ofInstant(INSTANT, ZoneOffset.ofHours(9)))).isEqualTo(INSTANT);
        assertThat(berlin.readInstant((LocalDateTime) null)).isNull();
        assertThat(((Date) berlin.value(INSTANT)).toInstant()).isEqualTo(INSTANT);
        assertThat(berlinInstants.instant(null)).isNull();
        assertThat(berlin.value(null)).isNull();
    }

    @Test
    void bindsTheTimestampModesBoundsExactlyToTheMicrosecond() {
        Instant micros = Instant.parse("2024-05-01T12:30:15.123456Z");
        assertThat(berlinInstants.bindable(micros, false)).isEqualTo(LocalDateTime.of(2024, 5, 1, 14, 30, 15,
            123_456_000));
        assertThat(berlinInstants.bindable(micros, true)).isEqualTo(OffsetDateTime.ofInstant(micros, ZoneOffset.UTC));
    }

    /** The values of the PostgreSQL driver's getTimestamp with a Berlin calendar, which Confluent's connector sends. */
    @Test
    void countsTimestampsBeforeTheGregorianCalendarInTheJulianOneWhenLegacy() {
        TimestampFamily proleptic = new TimestampFamily(WallClock.gregorian(ZoneId.of("Europe/Berlin")),
            TimestampGranularity.CONNECT_LOGICAL);
        LocalDateTime old = LocalDateTime.of(1500, 3, 1, 10, 0);

        assertThat(berlin.readInstant(old).toEpochMilli()).isEqualTo(-14_825_775_600_000L);
        assertThat(Math.floorMod(berlin.readInstant(old.withNano(123_456_789)).toEpochMilli(), 1000)).isEqualTo(123);
        assertThat(berlin.readInstant(old.withNano(123_456_789)).getNano()).as("the micros and nanos are kept")
            .isEqualTo(123_456_789);
        assertThat(proleptic.readInstant(old).toEpochMilli()).isEqualTo(old.atZone(ZoneId.of("Europe/Berlin"))
            .toInstant().toEpochMilli());
        assertThat(berlin.readInstant(OffsetDateTime.of(1582, 10, 10, 10, 0, 0, 0, ZoneOffset.ofHours(2)))
            .toEpochMilli()).isEqualTo(-12_218_832_000_000L);
    }

    @Test
    void bindsTheWallClockTimeInTheDatabaseTimeZoneOrTheInstant() {
        assertThat(berlin.wallClock(Date.from(INSTANT))).isEqualTo(LocalDateTime.of(2024, 5, 1, 14, 30, 15,
            123_000_000));
        assertThat(berlin.withOffset(Date.from(INSTANT)).toInstant()).isEqualTo(INSTANT);
    }

    @Test
    void timestampsTravelAsTimestamptzIntoTimestamptzColumnsAndAsTimestampsIntoOthers() {
        assertThat(elementType(Timestamp.SCHEMA, "timestamptz")).isEqualTo("pg_catalog.timestamptz");
        assertThat(elementType(Timestamp.SCHEMA, "timestamp")).isEqualTo("pg_catalog.timestamp");
        assertThat(elementType(Timestamp.SCHEMA, "date")).isEqualTo("pg_catalog.timestamp");
    }

    @Test
    void declaresColumnsAsConfluentsPostgresDialectDoes() {
        assertThat(ddlName(Timestamp.SCHEMA)).isEqualTo("TIMESTAMP");
    }

    @Test
    void writesDefaultsAsWallClockTimeInTheDatabaseTimeZone() {
        Date instant = Date.from(Instant.parse("2024-05-01T12:30:15.123Z"));
        assertThat(ddlDefault(Timestamp.SCHEMA, instant)).isEqualTo("'2024-05-01 12:30:15.123'");
        PostgresTypes berlin = new PostgresTypes(ZoneId.of("Europe/Berlin"), NumericMapping.NONE);
        assertThat(berlin.ddlDefault(Timestamp.SCHEMA, instant)).contains("'2024-05-01 14:30:15.123'");
        Date beforeCommonEra = Date.from(Instant.parse("-0043-03-15T12:00:00Z"));
        assertThat(ddlDefault(Timestamp.SCHEMA, beforeCommonEra)).isEqualTo("'0044-03-15 12:00:00.000 BC'");
    }

    /** timestamp.fields.list's instants: a TIMESTAMP column, its default to PostgreSQL's microseconds. */
    @Test
    void declaresNanoTimestampsAsTimestampsWithTheirDefaultToTheMicrosecond() {
        Schema nanos = NanoTimestamp.schema(false, null);
        assertThat(ddlName(nanos)).isEqualTo("TIMESTAMP");
        assertThat(ddlDefault(nanos, Instant.parse("2024-05-01T12:30:15.123456789Z")))
            .isEqualTo("'2024-05-01 12:30:15.123457'");
        assertThat(ddlDefault(nanos, Instant.parse("2024-05-01T12:30:15.999999600Z")))
            .isEqualTo("'2024-05-01 12:30:16.000'");
        assertThat(ddlDefault(nanos, Instant.parse("2024-05-01T12:30:15.120Z"))).isEqualTo("'2024-05-01 12:30:15.120'");
    }
}
