package io.ferry.connect.sink;

import io.ferry.connect.config.PrimaryKeyMode;
import io.ferry.connect.config.SinkConfig;
import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.config.WriteOptionsConfig;
import io.ferry.connect.sql.TableId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Turns a record into a {@link SinkRow} following pk.mode, pk.fields and fields.whitelist, with
 * the Confluent JDBC sink's semantics: key columns first, then the value's other fields in
 * schema order (a String value: its one column); a tombstone becomes a delete when
 * delete.enabled is set.
 */
final class RowExtractor {
    private final SinkSettings settings;
    private final EpochTimestampFields timestampFields;

    RowExtractor(SinkSettings settings) {
        this.settings = settings;
        this.timestampFields = new EpochTimestampFields(settings.writeOptions());
    }

    SinkRow toRow(SinkRecord record) {
        TableId table = settings.tableFor(record.topic());
        Map<String, ColumnValue> values = new LinkedHashMap<>();
        if (record.value() == null) {
            if (!settings.deleteEnabled()) {
                throw new BadRecordException(record, "its value is null (a tombstone) and delete.enabled is "
                    + "false; the sink needs a Struct value with a schema");
            }
            List<String> keyColumns = keyFromRecordKey(record, values);
            return new SinkRow(record, table, new RowShape(RowShape.Kind.DELETE, keyColumns,
                Collections.<String>emptyList()), values);
        }
        if (record.valueSchema() != null && record.valueSchema().type() == Schema.Type.STRING) {
            return stringRow(record, table, values);
        }
        Struct value = structValue(record);
        List<String> keyColumns = keyColumns(record, value, values);
        List<String> otherColumns = new ArrayList<>();
        for (Field field : value.schema().fields()) {
            String name = field.name();
            boolean wanted = settings.fieldsWhitelist().isEmpty() || settings.fieldsWhitelist().contains(name);
            if (!values.containsKey(name) && wanted) {
                otherColumns.add(name);
                values.put(name, new ColumnValue(field.schema(), fieldValue(value, field)));
            }
        }
        if (values.isEmpty()) {
            throw new BadRecordException(record, "it has no fields to write (check fields.whitelist)");
        }
        if (!timestampFields.isEmpty()) {
            timestampFields.convert(record, values);
        }
        return new SinkRow(record, table, new RowShape(RowShape.Kind.WRITE, keyColumns, otherColumns), values);
    }

    /**
     * A String value (e.g. from StringConverter) goes into one column, string.output.value.column.name,
     * beside the key columns, as in Confluent's sink. The options that pick fields of a Struct
     * value cannot apply: with them the configuration, not the record, is at fault.
     */
    private SinkRow stringRow(SinkRecord record, TableId table, Map<String, ColumnValue> values) {
        List<String> fieldOptions = new ArrayList<>();
        if (settings.pkMode() == PrimaryKeyMode.RECORD_VALUE) {
            fieldOptions.add("pk.mode=record_value");
        }
        if (!settings.fieldsWhitelist().isEmpty()) {
            fieldOptions.add(SinkConfig.FIELDS_WHITELIST);
        }
        if (!timestampFields.isEmpty()) {
            fieldOptions.add(WriteOptionsConfig.TIMESTAMP_FIELDS_LIST);
        }
        if (!fieldOptions.isEmpty()) {
            throw new ConnectException("Record " + RecordCoordinates.of(record) + " has a String value, which is "
                + "written whole into column '" + settings.writeOptions().stringValueColumn() + "' ("
                + WriteOptionsConfig.STRING_OUTPUT_VALUE_COLUMN_NAME + "), but " + String.join(", ", fieldOptions)
                + " pick fields of Struct values: remove them, or produce Struct values");
        }
        List<String> keyColumns = keyColumns(record, null, values);
        String column = settings.writeOptions().stringValueColumn();
        if (values.containsKey(column)) {
            throw new ConnectException(WriteOptionsConfig.STRING_OUTPUT_VALUE_COLUMN_NAME + " '" + column + "' is "
                + "also a key column of pk.mode=" + settings.pkMode().name().toLowerCase(Locale.ROOT) + " (record "
                + RecordCoordinates.of(record) + "): give the String value a column of its own");
        }
        values.put(column, new ColumnValue(record.valueSchema(), record.value()));
        return new SinkRow(record, table, new RowShape(RowShape.Kind.WRITE, keyColumns,
            Collections.singletonList(column)), values);
    }

    /** A value field as replace.null.with.default says: a null is its schema's default, or stays null. */
    private Object fieldValue(Struct value, Field field) {
        return settings.writeOptions().replaceNullWithDefault() ? value.get(field)
            : value.getWithoutDefault(field.name());
    }

    private static Struct structValue(SinkRecord record) {
        Schema schema = record.valueSchema();
        if (schema == null) {
            throw new BadRecordException(record, "it has no value schema; the sink needs Struct values with a "
                + "schema (e.g. JsonConverter with value.converter.schemas.enable=true, or Avro)");
        }
        if (schema.type() != Schema.Type.STRUCT || !(record.value() instanceof Struct)) {
            throw new BadRecordException(record, "its value is a " + schema.type() + ", and the sink writes Struct "
                + "values, or String values into one column");
        }
        return (Struct) record.value();
    }

    private List<String> keyColumns(SinkRecord record, Struct value, Map<String, ColumnValue> values) {
        switch (settings.pkMode()) {
            case KAFKA:
                return keyFromCoordinates(record, values);
            case RECORD_KEY:
                return keyFromRecordKey(record, values);
            case RECORD_VALUE:
                return keyFromStruct(record, value, "value", values);
            default:
                return Collections.emptyList();
        }
    }

    private List<String> keyFromCoordinates(SinkRecord record, Map<String, ColumnValue> values) {
        List<String> names = settings.pkFields();
        values.put(names.get(0), new ColumnValue(Schema.STRING_SCHEMA, record.topic()));
        values.put(names.get(1), new ColumnValue(Schema.INT32_SCHEMA, record.kafkaPartition()));
        values.put(names.get(2), new ColumnValue(Schema.INT64_SCHEMA, record.kafkaOffset()));
        return names;
    }

    private List<String> keyFromRecordKey(SinkRecord record, Map<String, ColumnValue> values) {
        Object key = record.key();
        if (key == null) {
            throw new BadRecordException(record, "its key is null and pk.mode=record_key takes the primary key "
                + "from the key");
        }
        if (key instanceof Struct) {
            return keyFromStruct(record, (Struct) key, "key", values);
        }
        Schema schema = record.keySchema() != null ? record.keySchema() : inferredSchema(record, key);
        if (!schema.type().isPrimitive()) {
            throw new BadRecordException(record, "its key is a " + schema.type() + "; pk.mode=record_key needs "
                + "a primitive or Struct key");
        }
        if (settings.pkFields().size() != 1) {
            throw new ConnectException("pk.mode=record_key with a primitive key (record "
                + RecordCoordinates.of(record) + ") needs exactly one name in pk.fields, for its column; "
                + "pk.fields is " + settings.pkFields());
        }
        String column = settings.pkFields().get(0);
        values.put(column, new ColumnValue(schema, key));
        return Collections.singletonList(column);
    }

    private static Schema inferredSchema(SinkRecord record, Object key) {
        Schema.Type type = ConnectSchema.schemaType(key.getClass());
        if (type == null) {
            throw new BadRecordException(record, "its key has no schema and is a " + key.getClass().getName());
        }
        return new ConnectSchema(type);
    }

    private List<String> keyFromStruct(SinkRecord record, Struct struct, String part,
                                       Map<String, ColumnValue> values) {
        List<String> names = new ArrayList<>();
        if (settings.pkFields().isEmpty()) {
            struct.schema().fields().forEach(f -> names.add(f.name()));
        } else {
            names.addAll(settings.pkFields());
        }
        for (String name : names) {
            Field field = struct.schema().field(name);
            if (field == null) {
                throw new ConnectException("pk.mode=" + settings.pkMode().name().toLowerCase(Locale.ROOT)
                    + " names field '" + name + "' in pk.fields, but the record " + part + " of "
                    + RecordCoordinates.of(record) + " has no such field; it has "
                    + struct.schema().fields().stream().map(Field::name).collect(Collectors.toList()));
            }
            values.put(name, new ColumnValue(field.schema(), struct.get(field)));
        }
        return names;
    }
}
