package io.ferry.connect.source.query;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.postgres.types.ColumnReader;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.sql.SelectedColumn;
import io.ferry.connect.sql.TableId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * A table, or the custom query's rows, as records show it: the value schema (a struct named after
 * the table, unnamed for a query, fields in column order), a reader per column and the records'
 * key. Columns Ferry cannot map are listed, not hidden.
 */
public final class SourceTable {
    private final RowSource source;
    private final List<CatalogColumn> columns;
    private final List<CatalogColumn> mappedColumns;
    private final List<ColumnReader> readers;
    private final List<CatalogColumn> unmappedColumns;
    private final Schema valueSchema;
    private final RecordKey key;

    private SourceTable(RowSource source, List<CatalogColumn> columns, List<CatalogColumn> mapped,
                        List<ColumnReader> readers, List<CatalogColumn> unmapped) {
        this.source = source;
        this.columns = Collections.unmodifiableList(columns);
        this.mappedColumns = Collections.unmodifiableList(mapped);
        this.readers = Collections.unmodifiableList(readers);
        this.unmappedColumns = Collections.unmodifiableList(unmapped);
        SchemaBuilder struct = SchemaBuilder.struct().name(source.schemaName());
        for (int i = 0; i < mapped.size(); i++) {
            struct.field(mapped.get(i).name(), readers.get(i).schema());
        }
        this.valueSchema = struct.build();
        this.key = RecordKey.NONE;
    }

    private SourceTable(SourceTable table, RecordKey key) {
        this.source = table.source;
        this.columns = table.columns;
        this.mappedColumns = table.mappedColumns;
        this.readers = table.readers;
        this.unmappedColumns = table.unmappedColumns;
        this.valueSchema = table.valueSchema;
        this.key = key;
    }

    public static SourceTable of(TableId id, List<CatalogColumn> columns, PostgresTypes types) {
        return of(RowSource.table(id), columns, types);
    }

    /** The rows of a table or a query, whose columns are these. */
    public static SourceTable of(RowSource source, List<CatalogColumn> columns, PostgresTypes types) {
        List<CatalogColumn> mapped = new ArrayList<>();
        List<ColumnReader> readers = new ArrayList<>();
        List<CatalogColumn> unmapped = new ArrayList<>();
        for (CatalogColumn column : columns) {
            Optional<ColumnReader> reader = types.reader(column);
            if (reader.isPresent()) {
                mapped.add(column);
                readers.add(reader.get());
            } else {
                unmapped.add(column);
            }
        }
        return new SourceTable(source, columns, mapped, readers, unmapped);
    }

    public RowSource source() {
        return source;
    }

    /**
     * The same table, its records keyed by a struct of these (mapped) columns' values, in this order.
     *
     * @throws IllegalArgumentException when a column is not mapped
     */
    public SourceTable keyedBy(List<String> keyColumns) {
        return new SourceTable(this, RecordKey.of(id(), valueSchema, keyColumns));
    }

    /** The table; {@code null} for the custom query. */
    public TableId id() {
        return source.tableId();
    }

    /** Every column of the table, mapped or not, in table order. */
    public List<CatalogColumn> columns() {
        return columns;
    }

    public List<String> mappedColumnNames() {
        List<String> names = new ArrayList<>(mappedColumns.size());
        mappedColumns.forEach(c -> names.add(c.name()));
        return names;
    }

    /** The mapped columns as the queries select them, in order: each as it is, or cast for its reader. */
    public List<SelectedColumn> selectedColumns() {
        List<SelectedColumn> selected = new ArrayList<>(mappedColumns.size());
        for (int i = 0; i < mappedColumns.size(); i++) {
            String name = mappedColumns.get(i).name();
            selected.add(readers.get(i).selectedAs().map(type -> SelectedColumn.cast(name, type))
                .orElseGet(() -> SelectedColumn.of(name)));
        }
        return selected;
    }

    public List<CatalogColumn> unmappedColumns() {
        return unmappedColumns;
    }

    public Schema valueSchema() {
        return valueSchema;
    }

    /** The records' key schema; null when they have no key. */
    public Schema keySchema() {
        return key.schema();
    }

    /** The record of the current row of a result set whose columns are {@link #selectedColumns()}, with its key. */
    public SourceRecord record(Map<String, ?> partition, Map<String, ?> offset, String topic, ResultSet rs)
        throws SQLException {
        return record(partition, offset, topic, read(rs));
    }

    /** The record of a row {@link #read} before, with its key. */
    public SourceRecord record(Map<String, ?> partition, Map<String, ?> offset, String topic, Struct value) {
        return new SourceRecord(partition, offset, topic, null, key.schema(), key.of(value), valueSchema, value);
    }

    /** Describes why a column is left out, for logs and validation messages. */
    public String unmappedDescription() {
        List<String> parts = new ArrayList<>();
        unmappedColumns.forEach(c -> parts.add(c.name() + " (" + c.typeName() + ")"));
        return title() + " has columns of types Ferry cannot map to Connect types yet: "
            + String.join(", ", parts);
    }

    /** The current row of a result set whose columns are {@link #selectedColumns()}, in order. */
    public Struct read(ResultSet rs) throws SQLException {
        Struct value = new Struct(valueSchema);
        for (int i = 0; i < readers.size(); i++) {
            String column = mappedColumns.get(i).name();
            try {
                value.put(column, readers.get(i).read(rs, i + 1));
            } catch (RuntimeException e) {
                throw new DataException("Cannot read column " + column + " (" + mappedColumns.get(i).typeName()
                    + ") of " + source + ": " + e.getMessage(), e);
            }
        }
        return value;
    }

    /** {@code Table schema.table} or {@code The custom query}, to start a message with. */
    public String title() {
        String text = source.toString();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code table schema.table} or {@code the custom query}, for messages. */
    @Override
    public String toString() {
        return source.toString();
    }
}
