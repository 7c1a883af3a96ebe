package io.ferry.connect.sink;

import io.ferry.connect.config.SinkConfig;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.sql.ColumnDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;

/**
 * The columns auto.create and auto.evolve declare for a row, as Confluent's sink declares them:
 * each field's type as its family declares it; NOT NULL for a key column or a required field,
 * unless it has a default, which is declared instead (and leaves the column nullable). Columns
 * come in Confluent's order: the kafka coordinates under their default names, then the value's
 * fields in schema order, then the rest (key columns that are not value fields) by name. A
 * String value's one column (string.output.value.column.name) takes the value fields' place and
 * is declared as Confluent's sink declares it, an optional string: TEXT NULL.
 */
final class DeclaredColumns {
    private final PostgresTypes types;

    DeclaredColumns(PostgresTypes types) {
        this.types = types;
    }

    /** Every column of the row's table, in order. */
    List<ColumnDefinition> all(SinkRow row) {
        return declared(row, ordered(row));
    }

    /** The key columns, in the table's order: the primary key auto.create declares. */
    List<String> primaryKey(SinkRow row) {
        List<String> key = new ArrayList<>(ordered(row));
        key.retainAll(row.shape().keyColumns());
        return key;
    }

    /**
     * The columns to add for the row's {@code missing} ones, in the table's order.
     *
     * @throws BadRecordException when one is a required field without a default: the rows already
     *     in the table would have no value for it (Confluent's rule)
     */
    List<ColumnDefinition> added(SinkRow row, Collection<String> missing) {
        List<String> names = ordered(row);
        names.retainAll(missing);
        for (String name : names) {
            Schema schema = schema(row, name);
            if (required(row, name) && schema.defaultValue() == null) {
                throw new BadRecordException(row.record(), "table " + row.table() + " has no column for its field '"
                    + name + "', and auto.evolve adds only optional fields or fields with a default: the rows "
                    + "already in the table have no value for a required one. Add the column, or make the field "
                    + "optional or give it a default");
            }
        }
        return declared(row, names);
    }

    private static List<String> ordered(SinkRow row) {
        Set<String> columns = new LinkedHashSet<>(row.shape().keyColumns());
        columns.addAll(row.shape().otherColumns());
        List<String> ordered = new ArrayList<>(columns.size());
        for (String name : SinkConfig.KAFKA_PK_DEFAULTS) {
            if (columns.remove(name)) {
                ordered.add(name);
            }
        }
        Schema valueSchema = row.record().valueSchema();
        if (isStringValue(row)) {
            ordered.addAll(row.shape().otherColumns());
            columns.removeAll(row.shape().otherColumns());
        } else if (row.record().value() != null && valueSchema != null && valueSchema.type() == Schema.Type.STRUCT) {
            for (Field field : valueSchema.fields()) {
                if (columns.remove(field.name())) {
                    ordered.add(field.name());
                }
            }
        }
        ordered.addAll(new TreeSet<>(columns));
        return ordered;
    }

    private List<ColumnDefinition> declared(SinkRow row, List<String> names) {
        List<ColumnDefinition> columns = new ArrayList<>(names.size());
        for (String name : names) {
            columns.add(declared(row, name));
        }
        return columns;
    }

    private ColumnDefinition declared(SinkRow row, String name) {
        Schema schema = schema(row, name);
        Optional<String> type = types.ddlName(schema);
        if (!type.isPresent()) {
            throw new BadRecordException(row.record(), "its field '" + name + "' is a " + describe(schema)
                + ", which has no PostgreSQL column type to create for table " + row.table()
                + "; leave the field out (fields.whitelist) or flatten it with a transform");
        }
        Object defaultValue = schema.defaultValue();
        if (defaultValue != null) {
            String constant = types.ddlDefault(schema, defaultValue).orElseThrow(() -> new BadRecordException(
                row.record(), "the default of its field '" + name + "' cannot be written as SQL"));
            return ColumnDefinition.withDefault(name, type.get(), constant);
        }
        return required(row, name) ? ColumnDefinition.notNull(name, type.get())
            : ColumnDefinition.nullable(name, type.get());
    }

    private static boolean required(SinkRow row, String name) {
        return row.shape().keyColumns().contains(name) || !schema(row, name).isOptional();
    }

    /** The column's schema as declared: the field's, or for a String value's column an optional string. */
    private static Schema schema(SinkRow row, String name) {
        return isStringValue(row) && row.shape().otherColumns().contains(name) ? Schema.OPTIONAL_STRING_SCHEMA
            : row.value(name).schema();
    }

    /** A row of a String value (RowExtractor): its one other column holds the value whole. */
    private static boolean isStringValue(SinkRow row) {
        Schema valueSchema = row.record().valueSchema();
        return row.record().value() != null && valueSchema != null && valueSchema.type() == Schema.Type.STRING;
    }

    private static String describe(Schema schema) {
        return schema.type() == Schema.Type.ARRAY ? "ARRAY of " + describe(schema.valueSchema()) : schema.type().name();
    }
}
