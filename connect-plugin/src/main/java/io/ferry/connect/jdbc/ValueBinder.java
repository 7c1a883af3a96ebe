package io.ferry.connect.jdbc;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.List;
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
    private final LogicalValues logical;

    public ValueBinder(ZoneId dbTimeZone) {
        this.logical = new LogicalValues(dbTimeZone);
    }

    /** The binding of many values of a column as one array parameter, converting each as this binder does. */
    public ArrayBinder arrays() {
        return new ArrayBinder(logical);
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
                statement.setBigDecimal(index, LogicalValues.decimal(value));
                return true;
            case org.apache.kafka.connect.data.Date.LOGICAL_NAME:
                statement.setObject(index, LogicalValues.date(value));
                return true;
            case Time.LOGICAL_NAME:
                statement.setObject(index, LogicalValues.time(value));
                return true;
            case Timestamp.LOGICAL_NAME:
                if (column.isTimestampWithTimeZone()) {
                    statement.setObject(index, LogicalValues.instantTimestamp(value));
                } else {
                    statement.setObject(index, logical.wallClockTimestamp(value));
                }
                return true;
            default:
                return false;
        }
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
                statement.setBytes(index, LogicalValues.bytes(value));
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

    private static void bindArray(PreparedStatement statement, int index, List<?> values, ColumnDescription column)
        throws SQLException {
        if (!column.isArray()) {
            throw new DataException("Cannot write an array into column " + column + ", which is not an array");
        }
        Array array = statement.getConnection().createArrayOf(column.typeName().substring(1), values.toArray());
        statement.setArray(index, array);
    }
}
