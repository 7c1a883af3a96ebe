package io.ferry.connect.source.query;

import io.ferry.connect.sql.TableId;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * The key of a table's records: none (null, Confluent's records), or a struct named
 * {@code <table>.Key} of some of the value's fields (the primary key's columns), in the order given,
 * each with its schema in the value.
 */
public final class RecordKey {
    /** Suffix of a key schema's name, after the table's name (the value schema's). */
    static final String NAME_SUFFIX = ".Key";
    static final RecordKey NONE = new RecordKey(null, Collections.emptyList());

    private final Schema schema;
    private final List<String> fields;

    private RecordKey(Schema schema, List<String> fields) {
        this.schema = schema;
        this.fields = fields;
    }

    /** @throws IllegalArgumentException when the value has no field of a column's name (a column not mapped) */
    static RecordKey of(TableId table, Schema valueSchema, List<String> columns) {
        SchemaBuilder struct = SchemaBuilder.struct().name(table.table() + NAME_SUFFIX);
        for (String column : columns) {
            Field field = valueSchema.field(column);
            if (field == null) {
                throw new IllegalArgumentException("Table " + table + " has no mapped column " + column
                    + " to key its records with");
            }
            struct.field(column, field.schema());
        }
        return new RecordKey(struct.build(), Collections.unmodifiableList(columns));
    }

    /** The key's schema; null when records have no key. */
    public Schema schema() {
        return schema;
    }

    /** The key of a row's value; null when records have no key. */
    Struct of(Struct value) {
        if (schema == null) {
            return null;
        }
        Struct key = new Struct(schema);
        fields.forEach(field -> key.put(field, value.get(field)));
        return key;
    }
}
