package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * date, time, timestamp and timestamptz values read as Confluent's connector reads them: what the
 * PostgreSQL driver returns for getDate with a UTC calendar, and getTime and getTimestamp with a
 * calendar of db.timezone, under date.calendar.system=LEGACY (its default); under
 * PROLEPTIC_GREGORIAN, the values PostgreSQL's own calendar gives. The rows hold days before the
 * Gregorian calendar, one before the common era, and the wall-clock times Berlin's clock changes
 * of 2021 skip and repeat.
 */
class DatesAsConfluentReadsThemIT {
    private static final TableId DATES = new TableId("public", "dates");
    private static final long DAY_MS = 86_400_000L;
    private static Database db;

    @BeforeAll
    static void createTable() {
        db = PostgresServer.server().createDatabase("dates");
        db.execute("CREATE TABLE dates (id serial PRIMARY KEY, d date, t time, ts timestamp, tz timestamptz)",
            "INSERT INTO dates (d, t, ts, tz) VALUES "
                + "('2024-02-29', '13:45:30.5', '2024-02-29 13:45:30.123', '2024-02-29 13:45:30.987+09'),"
                + "('1500-03-01', '00:30:00', '1500-03-01 10:00:00.25', '1500-03-01 10:00:00+00'),"
                + "('1582-10-10', '10:00:00', '1582-10-10 10:00:00', '1582-10-10 10:00:00+02'),"
                + "('0044-03-15 BC', '23:59:59.999', '0044-03-15 10:00:00 BC', '0044-03-15 10:00:00+01 BC'),"
                + "('2021-03-28', '02:30:00', '2021-03-28 02:30:00', '2021-03-28 02:30:00+01'),"
                + "('2021-10-31', '02:30:00', '2021-10-31 02:30:00', '2021-10-31 02:30:00+01'),"
                + "(NULL, NULL, NULL, NULL)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin"})
    void readsWhatConfluentsConnectorReadsByDefault(String zone) throws Exception {
        List<List<Long>> ferry = ferryValues(Map.of("db.timezone", zone));

        assertThat(ferry).containsExactlyElementsOf(driverValues(ZoneId.of(zone)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin"})
    void readsInPostgresCalendarWithProlepticGregorian(String zone) throws Exception {
        List<List<Long>> ferry = ferryValues(Map.of("db.timezone", zone, "date.calendar.system", "PROLEPTIC_GREGORIAN"));
        List<List<Long>> legacy = driverValues(ZoneId.of(zone));

        assertThat(ferry).containsExactlyElementsOf(javaTimeValues(ZoneId.of(zone)));
        assertThat(ferry.subList(0, 1)).as("a recent day, as in LEGACY").isEqualTo(legacy.subList(0, 1));
        assertThat(ferry.get(1).get(0)).as("1500-03-01 is 10 days earlier than in the Julian calendar")
            .isEqualTo(legacy.get(1).get(0) - 10 * DAY_MS);
    }

    private static List<List<Long>> ferryValues(Map<String, String> overrides) throws Exception {
        SourceTaskRunner runner = new SourceTaskRunner(db, overrides, DATES);
        PostgresSourceTask task = runner.start();
        try {
            List<List<Long>> rows = new ArrayList<>();
            for (SourceRecord record : SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 7, 30_000)) {
                Struct value = (Struct) record.value();
                rows.add(List.of(millis(value.get("d")), millis(value.get("t")), millis(value.get("ts")),
                    millis(value.get("tz"))));
            }
            return rows;
        } finally {
            task.stop();
        }
    }

    /** What Confluent's connector gets from the driver; a time outside the day wrapped into it, as Ferry does. */
    private static List<List<Long>> driverValues(ZoneId zone) throws SQLException {
        Calendar utc = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        Calendar inZone = new GregorianCalendar(TimeZone.getTimeZone(zone));
        return rows(rs -> List.of(
            rs.getDate("d", utc) == null ? -1L : rs.getDate("d", utc).getTime(),
            rs.getTime("t", inZone) == null ? -1L : Math.floorMod(rs.getTime("t", inZone).getTime(), DAY_MS),
            rs.getTimestamp("ts", inZone) == null ? -1L : rs.getTimestamp("ts", inZone).getTime(),
            rs.getTimestamp("tz", inZone) == null ? -1L : rs.getTimestamp("tz", inZone).getTime()));
    }

    private static List<List<Long>> javaTimeValues(ZoneId zone) throws SQLException {
        return rows(rs -> {
            LocalDate d = rs.getObject("d", LocalDate.class);
            java.time.LocalTime t = rs.getObject("t", java.time.LocalTime.class);
            LocalDateTime ts = rs.getObject("ts", LocalDateTime.class);
            OffsetDateTime tz = rs.getObject("tz", OffsetDateTime.class);
            return List.of(d == null ? -1L : d.toEpochDay() * DAY_MS,
                t == null ? -1L : Math.floorMod(t.atDate(LocalDate.EPOCH).atZone(zone).toInstant().toEpochMilli(), DAY_MS),
                ts == null ? -1L : ts.atZone(zone).toInstant().toEpochMilli(),
                tz == null ? -1L : tz.toInstant().toEpochMilli());
        });
    }

    private interface RowValues {
        List<Long> of(ResultSet rs) throws SQLException;
    }

    private static List<List<Long>> rows(RowValues values) throws SQLException {
        List<List<Long>> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT d, t, ts, tz FROM dates ORDER BY id")) {
            while (rs.next()) {
                rows.add(values.of(rs));
            }
        }
        return rows;
    }

    private static long millis(Object value) {
        return value == null ? -1L : ((Date) value).getTime();
    }
}
