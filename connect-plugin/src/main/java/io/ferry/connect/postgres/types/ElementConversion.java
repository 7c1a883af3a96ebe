package io.ferry.connect.postgres.types;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.postgresql.core.BaseConnection;
import org.postgresql.jdbc.TimestampUtils;

/**
 * How a column's Connect values, nulls included, become the elements of one array parameter.
 * Each family keeps one conversion per kind of value it converts, and a conversion is equal only
 * to itself: two schemas whose values convert alike share it.
 */
final class ElementConversion {
    @FunctionalInterface
    private interface Elements {
        Object[] of(PreparedStatement statement, List<?> values) throws SQLException;
    }

    private final String from;
    private final Elements elements;

    private ElementConversion(String from, Elements elements) {
        this.from = from;
        this.elements = elements;
    }

    /**
     * Each value converted on its own into an array of its Java type: numbers, booleans and bytes
     * go as boxed arrays, which the driver sends in binary; strings as they are.
     *
     * @param from names the values converted, for messages
     */
    static <T> ElementConversion each(String from, IntFunction<T[]> newArray, Function<Object, T> element) {
        return new ElementConversion(from, (statement, values) -> convert(values, newArray.apply(values.size()),
            element));
    }

    /** Dates and times as the very text the driver sends for a single value of their java.time type. */
    static ElementConversion driverText(String from, BiFunction<TimestampUtils, Object, String> element) {
        return new ElementConversion(from, (statement, values) -> {
            TimestampUtils text = statement.getConnection().unwrap(BaseConnection.class).getTimestampUtils();
            return convert(values, new String[values.size()], value -> element.apply(text, value));
        });
    }

    /** @throws ClassCastException when a value is not of the Java type its schema promises */
    Object[] elements(PreparedStatement statement, List<?> values) throws SQLException {
        return elements.of(statement, values);
    }

    private static <T> T[] convert(List<?> values, T[] elements, Function<Object, T> element) {
        for (int i = 0; i < elements.length; i++) {
            Object value = values.get(i);
            elements[i] = value == null ? null : element.apply(value);
        }
        return elements;
    }

    @Override
    public String toString() {
        return from;
    }
}
