package io.ferry.connect.jdbc;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Binds a Connect value to a statement parameter so that it lands unchanged in its column:
 * logical types as java.time values, a Timestamp into {@code timestamp without time zone} as the
 * wall-clock time in {@code db.timezone}, and a string into a non-text column (uuid, json, jsonb,
 * enum, inet, ...) untyped, so the server converts it to the column's type.
 */
public final class ValueBinder {
    private static final long MILLIS_PER_DAY = TimeUnit.DAYS.toMillis(1);

    private final ZoneId dbTimeZone;

    public ValueBinder(ZoneId dbTimeZone) {
        this.dbTimeZone = dbTimeZone;
    }

    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else if (schema.name() != null && bindLogical(statement, index, schema.name(), value, column)) {
            return;
        } else {
            bindPrimitive(statement, index, schema, value, column);
        }
    }

    private boolean bindLogical(PreparedStatement statement, int index, String logicalName, Object value,
                                ColumnDescription column) throws SQLException {
        switch (logicalName) {
            case Decimal.LOGICAL_NAME:
                statement.setBigDecimal(index, (BigDecimal) value);
                return true;
            case org.apache.kafka.connect.data.Date.LOGICAL_NAME:
                statement.setObject(index, LocalDate.ofEpochDay(Math.floorDiv(millis(value), MILLIS_PER_DAY)));
                return true;
            case Time.LOGICAL_NAME:
                long nanos = TimeUnit.MILLISECONDS.toNanos(Math.floorMod(millis(value), MILLIS_PER_DAY));
                statement.setObject(index, LocalTime.ofNanoOfDay(nanos));
                return true;
            case Timestamp.LOGICAL_NAME:
                Instant instant = Instant.ofEpochMilli(millis(value));
                if (column.isTimestampWithTimeZone()) {
                    statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                } else {
                    statement.setObject(index, LocalDateTime.ofInstant(instant, dbTimeZone));
                }
                return true;
            default:
                return false;
        }
    }

    private static long millis(Object value) {
        return ((Date) value).getTime();
    }

    private void bindPrimitive(PreparedStatement statement, int index, Schema schema, Object value,
                               ColumnDescription column) throws SQLException {
        switch (schema.type()) {
            case INT8:
                statement.setShort(index, (Byte) value);
                break;
            case INT16:
                statement.setShort(index, (Short) value);
                break;
            case INT32:
                statement.setInt(index, (Integer) value);
                break;
            case INT64:
                statement.setLong(index, (Long) value);
                break;
            case FLOAT32:
                statement.setFloat(index, (Float) value);
                break;
            case FLOAT64:
                statement.setDouble(index, (Double) value);
                break;
            case BOOLEAN:
                statement.setBoolean(index, (Boolean) value);
                break;
            case STRING:
                bindString(statement, index, (String) value, column);
                break;
            case BYTES:
                statement.setBytes(index, bytes(value));
                break;
            case ARRAY:
                bindArray(statement, index, (List<?>) value, column);
                break;
            default:
                throw new DataException("Cannot write a " + schema.type() + " value into column " + column
                    + ": only primitive, logical and array values are supported");
        }
    }

    private static void bindString(PreparedStatement statement, int index, String value, ColumnDescription column)
        throws SQLException {
        if (column.isText()) {
            statement.setString(index, value);
        } else {
            statement.setObject(index, value, Types.OTHER);
        }
    }

    private static byte[] bytes(Object value) {
        if (value instanceof ByteBuffer) {
            ByteBuffer buffer = ((ByteBuffer) value).duplicate();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
        return (byte[]) value;
    }

    private static void bindArray(PreparedStatement statement, int index, List<?> values, ColumnDescription column)
        throws SQLException {
        if (!column.isArray()) {
            throw new DataException("Cannot write an array into column " + column + ", which is not an array");
        }
        Array array = statement.getConnection().createArrayOf(column.typeName().substring(1), values.toArray());
        statement.setArray(index, array);
    }
}
