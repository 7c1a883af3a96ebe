package io.ferry.connect.postgres;

import io.ferry.connect.config.NumericMapping;
import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * The source side's PostgreSQL type mapping: which Connect schema a column gets and how its
 * values are read. NOT NULL columns get required schemas, all others optional ones.
 */
public final class ColumnReaders {
    /** Types whose values travel as their PostgreSQL text, which is exact for each of them. */
    private static final Set<String> TEXT_TYPES = new HashSet<>(Arrays.asList(
        "text", "varchar", "bpchar", "name", "citext", "uuid", "json", "jsonb", "xml",
        "inet", "cidr", "macaddr", "macaddr8", "interval"));
    /** Connect's parameter for a Decimal's precision, as Confluent's connector sets it. */
    static final String DECIMAL_PRECISION = "connect.decimal.precision";

    private final NumericMapping numericMapping;
    private final ZoneId dbTimeZone;

    public ColumnReaders(NumericMapping numericMapping, ZoneId dbTimeZone) {
        this.numericMapping = numericMapping;
        this.dbTimeZone = dbTimeZone;
    }

    /** The reader of a column, or empty when Ferry cannot map its type (yet). */
    public Optional<ColumnReader> forColumn(CatalogColumn column) {
        SchemaBuilder schema = builder(column);
        if (schema == null) {
            return Optional.empty();
        }
        if (!column.notNull()) {
            schema.optional();
        }
        return Optional.of(new ColumnReader(schema.build(), reading(column)));
    }

    private SchemaBuilder builder(CatalogColumn column) {
        String type = column.typeName();
        if (column.typeKind() == CatalogColumn.ENUM_KIND || TEXT_TYPES.contains(type)) {
            return SchemaBuilder.string();
        }
        switch (type) {
            case "int2": return SchemaBuilder.int16();
            case "int4": return SchemaBuilder.int32();
            case "int8": return SchemaBuilder.int64();
            case "float4": return SchemaBuilder.float32();
            case "float8": return SchemaBuilder.float64();
            case "bool": return SchemaBuilder.bool();
            case "bytea": return SchemaBuilder.bytes();
            case "date": return Date.builder();
            case "time": return Time.builder();
            case "timestamp":
            case "timestamptz": return Timestamp.builder();
            case "numeric": return numericBuilder(NumericType.of(column.typeModifier()));
            default: return null;
        }
    }

    private SchemaBuilder numericBuilder(NumericType numeric) {
        if (!numeric.constrained()) {
            return SchemaBuilder.string();
        }
        if (numericMapping == NumericMapping.BEST_FIT && numeric.precision() < 19) {
            if (numeric.scale() == 0) {
                return numeric.precision() > 9 ? SchemaBuilder.int64()
                    : numeric.precision() > 4 ? SchemaBuilder.int32()
                    : numeric.precision() > 2 ? SchemaBuilder.int16() : SchemaBuilder.int8();
            }
            if (numeric.scale() > 0) {
                return SchemaBuilder.float64();
            }
        }
        return Decimal.builder(numeric.scale()).parameter(DECIMAL_PRECISION, Integer.toString(numeric.precision()));
    }

    private ColumnReader.Reading reading(CatalogColumn column) {
        String type = column.typeName();
        switch (type) {
            case "int2": return (rs, i) -> orNull(rs, rs.getShort(i));
            case "int4": return (rs, i) -> orNull(rs, rs.getInt(i));
            case "int8": return (rs, i) -> orNull(rs, rs.getLong(i));
            case "float4": return (rs, i) -> orNull(rs, rs.getFloat(i));
            case "float8": return (rs, i) -> orNull(rs, rs.getDouble(i));
            case "bool": return (rs, i) -> orNull(rs, rs.getBoolean(i));
            case "bytea": return ResultSet::getBytes;
            case "date": return ColumnReaders::date;
            case "time": return ColumnReaders::time;
            case "timestamp": return this::localTimestamp;
            case "timestamptz": return ColumnReaders::zonedTimestamp;
            case "numeric": return numericReading(NumericType.of(column.typeModifier()));
            default: return ResultSet::getString;
        }
    }

    private ColumnReader.Reading numericReading(NumericType numeric) {
        if (!numeric.constrained()) {
            return (rs, i) -> {
                BigDecimal value = rs.getBigDecimal(i);
                return value == null ? null : value.toPlainString();
            };
        }
        Schema.Type target = numericBuilder(numeric).type();
        switch (target) {
            case INT8: return (rs, i) -> exact(rs.getBigDecimal(i), BigDecimal::byteValueExact);
            case INT16: return (rs, i) -> exact(rs.getBigDecimal(i), BigDecimal::shortValueExact);
            case INT32: return (rs, i) -> exact(rs.getBigDecimal(i), BigDecimal::intValueExact);
            case INT64: return (rs, i) -> exact(rs.getBigDecimal(i), BigDecimal::longValueExact);
            case FLOAT64: return (rs, i) -> orNull(rs, rs.getDouble(i));
            default:
                // Values of numeric(p,s) have scale s; setScale only fixes how Connect encodes them.
                return (rs, i) -> {
                    BigDecimal value = rs.getBigDecimal(i);
                    return value == null ? null : value.setScale(numeric.scale(), RoundingMode.UNNECESSARY);
                };
        }
    }

    private static <T> T exact(BigDecimal value, java.util.function.Function<BigDecimal, T> conversion) {
        return value == null ? null : conversion.apply(value);
    }

    private static Object orNull(ResultSet rs, Object value) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    private static Object date(ResultSet rs, int i) throws SQLException {
        LocalDate value = rs.getObject(i, LocalDate.class);
        return value == null ? null : new java.util.Date(TimeUnit.DAYS.toMillis(value.toEpochDay()));
    }

    private static Object time(ResultSet rs, int i) throws SQLException {
        LocalTime value = rs.getObject(i, LocalTime.class);
        return value == null ? null : new java.util.Date(TimeUnit.NANOSECONDS.toMillis(value.toNanoOfDay()));
    }

    /** timestamp without time zone: wall-clock time in {@code db.timezone}. */
    private Object localTimestamp(ResultSet rs, int i) throws SQLException {
        LocalDateTime value = rs.getObject(i, LocalDateTime.class);
        return value == null ? null : java.util.Date.from(value.atZone(dbTimeZone).toInstant());
    }

    private static Object zonedTimestamp(ResultSet rs, int i) throws SQLException {
        OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
        return value == null ? null : java.util.Date.from(value.toInstant());
    }
}
