package io.ferry.connect.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.connect.errors.DataException;
import org.postgresql.core.BaseConnection;
import org.postgresql.jdbc.TimestampUtils;

/**
 * Binds one column's values, nulls included, as one array parameter of its {@link ArrayElement}
 * type. Numbers, booleans and bytes go as boxed arrays, which the driver sends in binary; decimals
 * and dates and times go as the very text the driver sends for a single value of that type.
 */
public final class ArrayBinder {
    private final LogicalValues logical;

    ArrayBinder(LogicalValues logical) {
        this.logical = logical;
    }

    /** @throws DataException when a value is not of the Java type its schema promises */
    public void bind(PreparedStatement statement, int index, ArrayElement element, List<?> values)
        throws SQLException {
        try {
            statement.setObject(index, elements(statement, element, values));
        } catch (ClassCastException e) {
            throw new DataException("A value for a " + element + " array is not of its schema's type: "
                + e.getMessage(), e);
        }
    }

    private Object[] elements(PreparedStatement statement, ArrayElement element, List<?> values) throws SQLException {
        switch (element.source()) {
            case INT8:
                return convert(values, new Short[values.size()], v -> (short) (byte) (Byte) v);
            case INT16:
                return convert(values, new Short[values.size()], v -> (Short) v);
            case INT32:
                return convert(values, new Integer[values.size()], v -> (Integer) v);
            case INT64:
                return convert(values, new Long[values.size()], v -> (Long) v);
            case FLOAT32:
                return convert(values, new Float[values.size()], v -> (Float) v);
            case FLOAT64:
                return convert(values, new Double[values.size()], v -> (Double) v);
            case BOOLEAN:
                return convert(values, new Boolean[values.size()], v -> (Boolean) v);
            case BYTES:
                return convert(values, new byte[values.size()][], LogicalValues::bytes);
            case TEXT:
            case UNTYPED_STRING:
                return convert(values, new String[values.size()], v -> (String) v);
            case DECIMAL:
                return convert(values, new String[values.size()], v -> LogicalValues.decimal(v).toString());
            default:
                return temporal(timestamps(statement), element, values);
        }
    }

    private String[] temporal(TimestampUtils text, ArrayElement element, List<?> values) {
        switch (element.source()) {
            case DATE:
                return convert(values, new String[values.size()], v -> text.toString(LogicalValues.date(v)));
            case TIME:
                return convert(values, new String[values.size()], v -> text.toString(LogicalValues.time(v)));
            case WALL_CLOCK_TIMESTAMP:
                return convert(values, new String[values.size()],
                    v -> text.toString(logical.wallClockTimestamp(v)));
            case INSTANT_TIMESTAMP:
                return convert(values, new String[values.size()],
                    v -> text.toString(LogicalValues.instantTimestamp(v)));
            default:
                throw new IllegalStateException("No array binding for " + element);
        }
    }

    /** The driver's own formatting of dates and times, so an element reads exactly as a single bound value. */
    private static TimestampUtils timestamps(PreparedStatement statement) throws SQLException {
        return statement.getConnection().unwrap(BaseConnection.class).getTimestampUtils();
    }

    private static <T> T[] convert(List<?> values, T[] elements, Function<Object, T> element) {
        for (int i = 0; i < elements.length; i++) {
            Object value = values.get(i);
            elements[i] = value == null ? null : element.apply(value);
        }
        return elements;
    }
}
