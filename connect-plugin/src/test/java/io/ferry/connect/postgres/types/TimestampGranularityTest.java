package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.sourceColumn;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.jdbc.CatalogColumn;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

/** The formats are Confluent's (its TimestampGranularity and DateTimeUtils), with the microseconds kept. */
class TimestampGranularityTest {
    private static final Instant MICROS = Instant.parse("2024-05-01T12:30:15.123456Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Object value(TimestampGranularity granularity) {
        return granularity.value(MICROS, BERLIN);
    }

    @Test
    void connectLogicalIsConnectsTimestampInMilliseconds() {
        assertThat(value(TimestampGranularity.CONNECT_LOGICAL)).isEqualTo(Date.from(Instant.parse("2024-05-01T12:30:15.123Z")));
        assertThat(TimestampGranularity.CONNECT_LOGICAL.schema().build().name()).isEqualTo(Timestamp.LOGICAL_NAME);
    }

    @Test
    void theLongAndStringFormsCountFromTheEpochWithTheMicroseconds() {
        assertThat(value(TimestampGranularity.MICROS_LONG)).isEqualTo(1_714_566_615_123_456L);
        assertThat(value(TimestampGranularity.MICROS_STRING)).isEqualTo("1714566615123456");
        assertThat(value(TimestampGranularity.NANOS_LONG)).isEqualTo(1_714_566_615_123_456_000L);
        assertThat(value(TimestampGranularity.NANOS_STRING)).isEqualTo("1714566615123456000");
        assertThat(TimestampGranularity.MICROS_LONG.schema().build().type()).isEqualTo(Schema.Type.INT64);
        assertThat(TimestampGranularity.NANOS_STRING.schema().build().type()).isEqualTo(Schema.Type.STRING);
    }

    @Test
    void theIsoFormsAreTheWallClockTimeInTheDatabaseTimeZone() {
        assertThat(value(TimestampGranularity.MICROS_ISO_DATETIME_STRING)).isEqualTo("2024-05-01T14:30:15.123456");
        assertThat(value(TimestampGranularity.NANOS_ISO_DATETIME_STRING)).isEqualTo("2024-05-01T14:30:15.123456000");
    }

    @Test
    void countsAnInstantBeforeTheEpochDownwards() {
        Instant before = Instant.parse("1969-12-31T23:59:59.500Z");
        assertThat(TimestampGranularity.MICROS_LONG.value(before, ZoneOffset.UTC)).isEqualTo(-500_000L);
        assertThat(TimestampGranularity.NANOS_STRING.value(before, ZoneOffset.UTC)).isEqualTo("-500000000");
    }

    @Test
    void parsesConfluentsConfigValues() {
        assertThat(TimestampGranularity.parse(" nanos_iso_datetime_string "))
            .isEqualTo(TimestampGranularity.NANOS_ISO_DATETIME_STRING);
        assertThat(TimestampGranularity.MICROS_STRING.configValue()).isEqualTo("micros_string");
    }

    @Test
    void everyTimestampColumnOfATaskIsReadInTheConfiguredFormOptionalWhenNullable() {
        PostgresTypes types = new PostgresTypes(ZoneOffset.UTC, NumericMapping.NONE, DateCalendar.PROLEPTIC_GREGORIAN,
            TimestampGranularity.NANOS_LONG);
        CatalogColumn nullable = new CatalogColumn("c", "timestamptz", -1, 'b', false, false);

        assertThat(types.reader(sourceColumn("timestamp", -1)).orElseThrow().schema()).isEqualTo(Schema.INT64_SCHEMA);
        assertThat(types.reader(nullable).orElseThrow().schema()).isEqualTo(Schema.OPTIONAL_INT64_SCHEMA);
    }
}
