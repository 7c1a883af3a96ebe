package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.Literals;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Schema;

/**
 * date; Connect's Date, a java.util.Date at midnight UTC of the day: read as that day (not in
 * {@code db.timezone}, as in Confluent's connector) counted in the {@code date.calendar.system}
 * read, written as the date its {@link WallClock} spells.
 */
final class DateFamily implements TypeFamily {
    private final WallClock clock;
    private final ElementConversion fromDate;

    DateFamily(WallClock clock) {
        this.clock = clock;
        this.fromDate = ElementConversion.driverText("DATE", (text, v) -> text.toString(clock.date(v)));
    }

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!column.typeName().equals("date")) {
            return Optional.empty();
        }
        return ColumnReader.of(column, Date.builder(), (rs, i) -> connectDate(rs.getObject(i, LocalDate.class)));
    }

    java.util.Date connectDate(LocalDate value) {
        return value == null ? null : clock.calendar().date(value);
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return Date.LOGICAL_NAME.equals(schema.name());
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setObject(index, clock.date(value));
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(ArrayElement.builtIn("date", fromDate));
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return Date.LOGICAL_NAME.equals(schema.name()) ? Optional.of("DATE") : Optional.empty();
    }

    /** The day as it is bound (date.timezone, date.calendar.system), written {@code '2024-02-29'}. */
    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> Literals.string(dateText(clock.date(value))));
    }

    /** yyyy-MM-dd, and a year before 1 as PostgreSQL writes it: {@code 0044-03-15 BC}. */
    static String dateText(LocalDate date) {
        int year = date.getYear();
        String day = String.format(Locale.ROOT, "%04d-%02d-%02d", year > 0 ? year : 1 - year, date.getMonthValue(),
            date.getDayOfMonth());
        return year > 0 ? day : day + " BC";
    }
}
