package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.time.ZoneOffset;
import org.apache.kafka.connect.data.Schema;

/** Looks columns and values up in a task's types, as the source and the sink do, for the families' tests. */
final class TypeLookups {
    static final PostgresTypes TYPES = new PostgresTypes(ZoneOffset.UTC, NumericMapping.NONE);

    private TypeLookups() {
    }

    /** A NOT NULL column of a base type, as the source's catalog read describes it. */
    static CatalogColumn sourceColumn(String type, int typeModifier) {
        return new CatalogColumn("c", type, typeModifier, 'b', true, false);
    }

    /** A NULL-able one-dimensional array column of elements of a base type. */
    static CatalogColumn arrayColumn(String elementType, int elementTypeModifier) {
        return new CatalogColumn("c", "_" + elementType, elementTypeModifier, 'b', false, false)
            .arrayOf(elementType, elementTypeModifier, 'b', 1);
    }

    /** The schema the source reads a NOT NULL column of this type into. */
    static Schema readSchema(PostgresTypes types, String type, int typeModifier) {
        return types.reader(sourceColumn(type, typeModifier)).orElseThrow().schema();
    }

    static Schema readSchema(String type) {
        return readSchema(TYPES, type, -1);
    }

    /** The element type values of this schema travel as into a column of this type; null when none. */
    static String elementType(Schema schema, String columnType) {
        return TYPES.arrayElement(schema, new ColumnDescription("c", columnType)).map(e -> e.type().toString())
            .orElse(null);
    }

    /** The type auto.create declares for this schema; null when none. */
    static String ddlName(Schema schema) {
        return TYPES.ddlName(schema).orElse(null);
    }

    /** The DEFAULT auto.create declares for this default value; null when none. */
    static String ddlDefault(Schema schema, Object value) {
        return TYPES.ddlDefault(schema, value).orElse(null);
    }

    /** {@code atttypmod} of numeric(precision, scale). */
    static int numeric(int precision, int scale) {
        return ((precision << 16) | (scale & 0x7ff)) + 4;
    }
}
