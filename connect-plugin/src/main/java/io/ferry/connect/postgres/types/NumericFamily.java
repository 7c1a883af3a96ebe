package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.ColumnReader.unlessNull;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * numeric; Connect's Decimal. A numeric(p,s) is read as a Decimal of scale s, or by {@code
 * numeric.mapping=best_fit} as the smallest fitting integer or a FLOAT64; a plain numeric, whose
 * values have no common scale, as its exact text.
 */
final class NumericFamily implements TypeFamily {
    /** Connect's parameter for a Decimal's precision, as Confluent's connector sets it. */
    static final String DECIMAL_PRECISION = "connect.decimal.precision";
    private static final ElementConversion FROM_DECIMAL =
        ElementConversion.each("DECIMAL", String[]::new, v -> ((BigDecimal) v).toString());

    private final NumericMapping mapping;

    NumericFamily(NumericMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!column.typeName().equals("numeric")) {
            return Optional.empty();
        }
        NumericType numeric = NumericType.of(column.typeModifier());
        if (!numeric.constrained()) {
            return ColumnReader.of(column, SchemaBuilder.string(), (rs, i) -> plainText(rs.getBigDecimal(i)));
        }
        SchemaBuilder schema = schema(numeric);
        return ColumnReader.of(column, schema, reading(schema.type(), numeric.scale()));
    }

    private SchemaBuilder schema(NumericType numeric) {
        if (mapping == NumericMapping.BEST_FIT && numeric.precision() < 19) {
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

    private static ColumnReader.Reading reading(Schema.Type type, int scale) {
        switch (type) {
            case INT8: return (rs, i) -> exact(rs.getBigDecimal(i), BigDecimal::byteValueExact);
            case INT16: return (rs, i) -> exact(rs.getBigDecimal(i), BigDecimal::shortValueExact);
            case INT32: return (rs, i) -> exact(rs.getBigDecimal(i), BigDecimal::intValueExact);
            case INT64: return (rs, i) -> exact(rs.getBigDecimal(i), BigDecimal::longValueExact);
            case FLOAT64: return (rs, i) -> unlessNull(rs, rs.getDouble(i));
            default: return (rs, i) -> decimal(rs.getBigDecimal(i), scale);
        }
    }

    static String plainText(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static <T> T exact(BigDecimal value, Function<BigDecimal, T> conversion) {
        return value == null ? null : conversion.apply(value);
    }

    /** Values of numeric(p,s) have scale s; setScale only fixes how Connect encodes them. */
    static BigDecimal decimal(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.UNNECESSARY);
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return Decimal.LOGICAL_NAME.equals(schema.name());
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setBigDecimal(index, (BigDecimal) value);
    }

    /** Decimals travel as the very text the driver sends for a single BigDecimal. */
    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(ArrayElement.builtIn("numeric", FROM_DECIMAL));
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return Decimal.LOGICAL_NAME.equals(schema.name()) ? Optional.of("DECIMAL") : Optional.empty();
    }

    /** The exact number, without an exponent. */
    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> ((BigDecimal) value).toPlainString());
    }
}
