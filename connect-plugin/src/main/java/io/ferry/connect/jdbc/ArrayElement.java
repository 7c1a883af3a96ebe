package io.ferry.connect.jdbc;

import io.ferry.connect.sql.TypeName;
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
 * schema, and as which element type. The element type is the type {@link ValueBinder}
 * gives a single value of that schema (int4 for INT32, timestamptz for a Timestamp into a
 * timestamptz column, ...), so the INSERT converts it to the column exactly as it converts a
 * single bound value. A string {@link ValueBinder} leaves untyped for the server to convert
 * (into uuid, json, an enum, ...) is cast to the column's own type instead, which runs the same
 * input function. Values that cannot travel this way with certainty (arrays, structs, strings
 * into types neither built in nor enums) have no element.
 */
public final class ArrayElement {
    /**
     * Built-in types whose input function reads a string the same with or without the column's
     * type modifier: converting the string to the type and then to the column (numeric(12,3),
     * timestamp(0)) gives what converting it to the column directly gives. Not so interval (a
     * modifier such as MINUTE changes how '3' reads) nor bit strings, which stay row by row.
     */
    private static final Set<String> STRING_INPUT_TYPES = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
        "uuid", "json", "jsonb", "xml", "inet", "cidr", "macaddr", "macaddr8", "int2", "int4", "int8", "float4",
        "float8", "numeric", "bool", "date", "time", "timetz", "timestamp", "timestamptz", "money", "bytea")));

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
    private final TypeName type;

    private ArrayElement(Source source, TypeName type) {
        this.source = source;
        this.type = type;
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
            return untypedString(column).map(type -> new ArrayElement(Source.UNTYPED_STRING, type));
        }
        return Optional.of(new ArrayElement(source, TypeName.builtIn(source.typeName)));
    }

    /**
     * The column's own type, for strings the server converts to it: an enum, or a built-in type
     * that takes a string as an untyped value does (one of the same name elsewhere does not count).
     */
    private static Optional<TypeName> untypedString(ColumnDescription column) {
        TypeName type = column.type();
        if (column.isEnum() && type != null) {
            return Optional.of(type);
        }
        boolean builtIn = type == null || type.equals(TypeName.builtIn(column.typeName()));
        return builtIn && STRING_INPUT_TYPES.contains(column.typeName())
            ? Optional.of(TypeName.builtIn(column.typeName())) : Optional.empty();
    }

    /**
     * The element for a column whose values are all null: typed as the column's own type, which is
     * what an untyped null becomes; empty when it is neither built in nor an enum.
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

    /** The type of the elements: pg_catalog.int4, pg_catalog.text, pg_catalog.uuid, public.mood, ... */
    public TypeName type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArrayElement)) {
            return false;
        }
        ArrayElement other = (ArrayElement) o;
        return source == other.source && type.equals(other.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, type);
    }

    @Override
    public String toString() {
        return type + " from " + source;
    }
}
