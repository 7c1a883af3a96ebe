package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.Literals;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;

/**
 * timestamp and timestamptz; Connect's Timestamp, an instant. A timestamp without time zone
 * holds the wall-clock time of the instant in {@code db.timezone}, both ways.
 */
final class TimestampFamily implements TypeFamily {
    private static final ElementConversion FROM_INSTANT =
        ElementConversion.driverText("INSTANT_TIMESTAMP", (text, v) -> text.toString(instant(v)));

    private final ZoneId dbTimeZone;
    private final ElementConversion fromWallClockTime;

    TimestampFamily(ZoneId dbTimeZone) {
        this.dbTimeZone = dbTimeZone;
        this.fromWallClockTime =
            ElementConversion.driverText("WALL_CLOCK_TIMESTAMP", (text, v) -> text.toString(wallClock(v)));
    }

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        switch (column.typeName()) {
            case "timestamp":
                return ColumnReader.of(column, Timestamp.builder(),
                    (rs, i) -> connectTimestamp(rs.getObject(i, LocalDateTime.class)));
            case "timestamptz":
                return ColumnReader.of(column, Timestamp.builder(),
                    (rs, i) -> connectTimestamp(rs.getObject(i, OffsetDateTime.class)));
            default:
                return Optional.empty();
        }
    }

    Date connectTimestamp(LocalDateTime value) {
        return value == null ? null : Date.from(value.atZone(dbTimeZone).toInstant());
    }

    static Date connectTimestamp(OffsetDateTime value) {
        return value == null ? null : Date.from(value.toInstant());
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return Timestamp.LOGICAL_NAME.equals(schema.name());
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setObject(index, withTimeZone(column) ? instant(value) : wallClock(value));
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(withTimeZone(column) ? ArrayElement.builtIn("timestamptz", FROM_INSTANT)
            : ArrayElement.builtIn("timestamp", fromWallClockTime));
    }

    /** Into timestamptz the instant itself; into any other column the wall-clock time in db.timezone. */
    private static boolean withTimeZone(ColumnDescription column) {
        return column.typeName().equals("timestamptz");
    }

    LocalDateTime wallClock(Object value) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(((Date) value).getTime()), dbTimeZone);
    }

    static OffsetDateTime instant(Object value) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(((Date) value).getTime()), ZoneOffset.UTC);
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return Timestamp.LOGICAL_NAME.equals(schema.name()) ? Optional.of("TIMESTAMP") : Optional.empty();
    }

    /** The wall-clock time in db.timezone, as it is bound into a timestamp column: {@code '2024-05-01 12:30:15.123'}. */
    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> {
            LocalDateTime time = wallClock(value);
            String date = DateFamily.dateText(time.toLocalDate());
            String dayTime = TimeFamily.timeText(time.toLocalTime());
            return Literals.string(date.endsWith(" BC") ? date.replace(" BC", " " + dayTime + " BC")
                : date + " " + dayTime);
        });
    }
}
