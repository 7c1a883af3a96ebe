package io.ferry.connect.jdbc;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * How a column's values travel as the elements of one array parameter: from which Connect
 * schema, and as which built-in element type. The element type is the type {@link ValueBinder}
 * gives a single value of that schema (int4 for INT32, timestamptz for a Timestamp into a
 * timestamptz column, ...), so the INSERT converts it to the column exactly as it converts a
 * single bound value. A string {@link ValueBinder} leaves untyped for the server to convert
 * (into uuid, json, ...) is cast to the column's own type instead, which runs the same input
 * function. Values that cannot travel this way with certainty (arrays, structs, strings into
 * types that are not built in, such as enums) have no element.
 */
public final class ArrayElement {
    /** Built-in types whose input function takes a string the way an untyped parameter is converted. */
    private static final Set<String> STRING_INPUT_TYPES = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
        "uuid", "json", "jsonb", "xml", "inet", "cidr", "macaddr", "macaddr8", "int2", "int4", "int8", "float4",
        "float8", "numeric", "bool", "date", "time", "timetz", "timestamp", "timestamptz", "interval", "money",
        "bit", "varbit", "bytea")));

    /** Which Connect values the elements are made from; the same branches {@link ValueBinder} takes. */
    enum Source {
        INT8("int2"), INT16("int2"), INT32("int4"), INT64("int8"), FLOAT32("float4"), FLOAT64("float8"),
        BOOLEAN("bool"), BYTES("bytea"), TEXT("text"), UNTYPED_STRING(null), DECIMAL("numeric"), DATE("date"),
        TIME("time"), WALL_CLOCK_TIMESTAMP("timestamp"), INSTANT_TIMESTAMP("timestamptz");

        private final String typeName;

        Source(String typeName) {
            this.typeName = typeName;
        }
    }

    private final Source source;
    private final String typeName;

    private ArrayElement(Source source, String typeName) {
        this.source = source;
        this.typeName = typeName;
    }

    /** The element for values of this schema written into this column; empty when they cannot travel in an array. */
    public static Optional<ArrayElement> of(Schema schema, ColumnDescription column) {
        Source source = schema.name() == null ? null : logical(schema.name(), column);
        if (source == null) {
            source = primitive(schema.type(), column);
        }
        if (source == null) {
            return Optional.empty();
        }
        if (source == Source.UNTYPED_STRING) {
            return STRING_INPUT_TYPES.contains(column.typeName())
                ? Optional.of(new ArrayElement(source, column.typeName())) : Optional.empty();
        }
        return Optional.of(new ArrayElement(source, source.typeName));
    }

    /**
     * The element for a column whose values are all null: typed as the column's own type, which is
     * what an untyped null becomes; empty when that type is not built in.
     */
    public static Optional<ArrayElement> ofNulls(ColumnDescription column) {
        return of(Schema.OPTIONAL_STRING_SCHEMA, column);
    }

    private static Source logical(String logicalName, ColumnDescription column) {
        switch (logicalName) {
            case Decimal.LOGICAL_NAME:
                return Source.DECIMAL;
            case org.apache.kafka.connect.data.Date.LOGICAL_NAME:
                return Source.DATE;
            case Time.LOGICAL_NAME:
                return Source.TIME;
            case Timestamp.LOGICAL_NAME:
                return column.isTimestampWithTimeZone() ? Source.INSTANT_TIMESTAMP : Source.WALL_CLOCK_TIMESTAMP;
            default:
                return null;
        }
    }

    private static Source primitive(Schema.Type type, ColumnDescription column) {
        switch (type) {
            case INT8:
                return Source.INT8;
            case INT16:
                return Source.INT16;
            case INT32:
                return Source.INT32;
            case INT64:
                return Source.INT64;
            case FLOAT32:
                return Source.FLOAT32;
            case FLOAT64:
                return Source.FLOAT64;
            case BOOLEAN:
                return Source.BOOLEAN;
            case BYTES:
                return Source.BYTES;
            case STRING:
                return column.isText() ? Source.TEXT : Source.UNTYPED_STRING;
            default:
                return null; // arrays, maps and structs: bound one row at a time
        }
    }

    Source source() {
        return source;
    }

    /** The built-in (pg_catalog) type name of the elements: int4, text, timestamptz, uuid, ... */
    public String typeName() {
        return typeName;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArrayElement)) {
            return false;
        }
        ArrayElement other = (ArrayElement) o;
        return source == other.source && typeName.equals(other.typeName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, typeName);
    }

    @Override
    public String toString() {
        return typeName + " from " + source;
    }
}
