package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;

/**
 * The PostgreSQL types a task knows, one {@link TypeFamily} each, set up with the task's
 * settings: what the source reads a column as, how the sink binds a value or carries a column's
 * values as one array, and what auto.create declares (types and defaults). NOT NULL columns
 * are read into required schemas, all others into optional ones; a null is bound untyped,
 * whatever its schema.
 *
 * <p>A new type joins the family it behaves like (one file and its test); a new family is one
 * more line in the list below.
 */
public final class PostgresTypes {
    private final List<TypeFamily> families;

    /** The types as java.time counts dates (the proleptic Gregorian calendar). */
    public PostgresTypes(ZoneId dbTimeZone, NumericMapping numericMapping) {
        this(WallClock.gregorian(dbTimeZone), numericMapping, TimestampGranularity.CONNECT_LOGICAL);
    }

    /**
     * The source's types: timestamps read in {@code db.timezone}, dates and timestamps in the
     * calendar ({@code date.calendar.system}), timestamp columns in the form {@code timestamp.granularity} names.
     */
    public PostgresTypes(ZoneId dbTimeZone, NumericMapping numericMapping, DateCalendar dateCalendar,
                         TimestampGranularity granularity) {
        this(WallClock.reading(dbTimeZone, dateCalendar), numericMapping, granularity);
    }

    private PostgresTypes(WallClock clock, NumericMapping numericMapping, TimestampGranularity granularity) {
        // Asked in this order; the first that takes a column or value has it.
        families = Collections.unmodifiableList(Arrays.asList(
            new TextFamily(),
            new ConvertedStringFamily(), // before the built-in types: an enum may be named like one of them
            new BitStringFamily(), // before the integers, booleans and bytes that bit strings are read as
            new MoneyFamily(), // before the floats that money is read as
            new NumericFamily(numericMapping), // Connect's logical types before the primitive ones they are made of
            new DateFamily(clock),
            new TimeFamily(clock.timestampZone()),
            new TimestampFamily(clock, granularity),
            new IntegerFamily(),
            new FloatFamily(),
            new BooleanFamily(),
            new ByteaFamily(),
            new ArrayFamily(this)));
    }

    /**
     * The types as the sink needs them, writing dates and times as the clock spells them;
     * {@code numeric.mapping} only changes what numeric columns are read as.
     */
    public static PostgresTypes forWriting(WallClock clock) {
        return new PostgresTypes(clock, NumericMapping.NONE, TimestampGranularity.CONNECT_LOGICAL);
    }

    /** The reader of a column, or empty when Ferry cannot map its type (yet). */
    public Optional<ColumnReader> reader(CatalogColumn column) {
        return first(family -> family.reader(column));
    }

    /**
     * Binds a Connect value so that it lands unchanged in its column.
     *
     * @throws DataException when no type takes values of this schema (maps, structs)
     */
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
            return;
        }
        TypeFamily family = binding(schema, column);
        if (family == null) {
            throw new DataException("Cannot write a " + schema.type() + " value into column " + column
                + ": only primitive, logical and array values are supported");
        }
        family.bind(statement, index, schema, value, column);
    }

    /** How values of this schema travel as array elements into the column; empty when they go row by row. */
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        TypeFamily family = binding(schema, column);
        return family == null ? Optional.empty() : family.arrayElement(schema, column);
    }

    /**
     * How a column whose values are all null travels: as a string's would, which is as the column's
     * own type (what an untyped null becomes) or as text into a text column; empty when a string
     * would go row by row.
     */
    public Optional<ArrayElement> arrayElementOfNulls(ColumnDescription column) {
        return arrayElement(Schema.OPTIONAL_STRING_SCHEMA, column);
    }

    /** The type auto.create declares a column for values of this schema with; empty when there is none. */
    public Optional<String> ddlName(Schema schema) {
        return first(family -> family.ddlName(schema));
    }

    /**
     * The SQL constant auto.create declares as the {@code DEFAULT} of a column for values of this
     * schema, for a default value that is not null; empty when there is none.
     */
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return first(family -> family.ddlDefault(schema, value));
    }

    /** What the first family that has an answer answers. */
    private <T> Optional<T> first(Function<TypeFamily, Optional<T>> question) {
        for (TypeFamily family : families) {
            Optional<T> answer = question.apply(family);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    /** The family that binds values of this schema into the column; null when none does. */
    private TypeFamily binding(Schema schema, ColumnDescription column) {
        for (TypeFamily family : families) {
            if (family.binds(schema, column)) {
                return family;
            }
        }
        return null;
    }
}
