package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.TypeName;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.errors.DataException;

/**
 * money; Connect's FLOAT64, as in Confluent's records. Selected as numeric, so its value is read
 * exactly whatever lc_monetary formats its text as (Confluent's driver call fails on the thousands
 * separator of any amount of 1,000 or more); a FLOAT64 holds it to the cent up to 15 significant
 * digits. A FLOAT32 or FLOAT64 is written into a money column as the decimal its shortest text
 * shows, which the server rounds to the currency's fraction.
 */
final class MoneyFamily implements TypeFamily {
    private static final TypeName NUMERIC = TypeName.builtIn("numeric");
    private static final ElementConversion FROM_FLOAT =
        ElementConversion.each("FLOAT_AS_MONEY", String[]::new, v -> decimal(v).toString());

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!column.typeName().equals("money")) {
            return Optional.empty();
        }
        return ColumnReader.of(column, SchemaBuilder.float64(), NUMERIC, (rs, i) -> doubleValue(rs.getBigDecimal(i)));
    }

    static Double doubleValue(BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return column.typeName().equals("money")
            && (schema.type() == Schema.Type.FLOAT32 || schema.type() == Schema.Type.FLOAT64);
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setBigDecimal(index, decimal(value));
    }

    /** The decimal a float's shortest text shows: 0.1f is 0.1, not 0.100000001490116...; a server cast makes it money. */
    static BigDecimal decimal(Object value) {
        double number = ((Number) value).doubleValue();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new DataException("A money column cannot hold " + value);
        }
        return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(number);
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(ArrayElement.builtIn("numeric", FROM_FLOAT));
    }

    /** None: a FLOAT64 is declared double precision ({@link FloatFamily}). */
    @Override
    public Optional<String> ddlName(Schema schema) {
        return Optional.empty();
    }

    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return Optional.empty(); // declares no column: auto.create picks the family of the value's schema
    }
}
