package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.Literals;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Schema;

/** date; Connect's Date, a java.util.Date at midnight UTC of the day. */
final class DateFamily implements TypeFamily {
    private static final long MILLIS_PER_DAY = TimeUnit.DAYS.toMillis(1);
    private static final ElementConversion FROM_DATE =
        ElementConversion.driverText("DATE", (text, v) -> text.toString(localDate(v)));

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!column.typeName().equals("date")) {
            return Optional.empty();
        }
        return ColumnReader.of(column, Date.builder(), (rs, i) -> connectDate(rs.getObject(i, LocalDate.class)));
    }

    static java.util.Date connectDate(LocalDate value) {
        return value == null ? null : new java.util.Date(TimeUnit.DAYS.toMillis(value.toEpochDay()));
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return Date.LOGICAL_NAME.equals(schema.name());
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setObject(index, localDate(value));
    }

    static LocalDate localDate(Object value) {
        return LocalDate.ofEpochDay(Math.floorDiv(((java.util.Date) value).getTime(), MILLIS_PER_DAY));
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(ArrayElement.builtIn("date", FROM_DATE));
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return Date.LOGICAL_NAME.equals(schema.name()) ? Optional.of("DATE") : Optional.empty();
    }

    /** The day as Confluent's sink writes it, {@code '2024-02-29'}. */
    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> Literals.string(dateText(localDate(value))));
    }

    /** yyyy-MM-dd, and a year before 1 as PostgreSQL writes it: {@code 0044-03-15 BC}. */
    static String dateText(LocalDate date) {
        int year = date.getYear();
        String day = String.format(Locale.ROOT, "%04d-%02d-%02d", year > 0 ? year : 1 - year, date.getMonthValue(),
            date.getDayOfMonth());
        return year > 0 ? day : day + " BC";
    }
}
