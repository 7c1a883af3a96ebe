package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.Literals;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * text, varchar, char(n), name, citext and the one-byte internal "char"; Connect's STRING, bound as
 * text into these columns. "char" is read as its text, one character (empty for the zero byte), as
 * Confluent's connector reads it.
 */
final class TextFamily implements TypeFamily {
    private static final Set<String> TEXT_COLUMN_TYPES = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
        "text", "varchar", "bpchar", "char", "name", "citext")));
    private static final ElementConversion FROM_TEXT = ElementConversion.each("TEXT", String[]::new, v -> (String) v);

    /** Whether a string is bound into the column as text; into any other column the server converts it. */
    static boolean takesText(ColumnDescription column) {
        return TEXT_COLUMN_TYPES.contains(column.typeName());
    }

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!TEXT_COLUMN_TYPES.contains(column.typeName())) {
            return Optional.empty();
        }
        return ColumnReader.of(column, SchemaBuilder.string(), ResultSet::getString);
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return schema.type() == Schema.Type.STRING && takesText(column);
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setString(index, (String) value);
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(ArrayElement.builtIn("text", FROM_TEXT));
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return schema.type() == Schema.Type.STRING ? Optional.of("TEXT") : Optional.empty();
    }

    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> Literals.string((String) value));
    }
}
