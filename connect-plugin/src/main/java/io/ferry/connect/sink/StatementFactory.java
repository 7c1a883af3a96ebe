package io.ferry.connect.sink;

import io.ferry.connect.config.InsertMode;
import io.ferry.connect.sql.DeleteBuilder;
import io.ferry.connect.sql.DmlStatement;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.InsertBuilder;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.sql.TypeName;
import io.ferry.connect.sql.UnnestInsertBuilder;
import io.ferry.connect.sql.UpdateBuilder;
import io.ferry.connect.sql.UpsertBuilder;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.connect.errors.ConnectException;

/** Picks the statement for a run of rows by insert.mode and the rows' shape. */
final class StatementFactory {
    private final InsertMode mode;
    private final InsertBuilder insert;
    private final UpsertBuilder upsert;
    private final UpdateBuilder update;
    private final DeleteBuilder delete;
    private final UnnestInsertBuilder unnest;

    StatementFactory(InsertMode mode, Identifiers identifiers) {
        this.mode = mode;
        this.insert = new InsertBuilder(identifiers);
        this.upsert = new UpsertBuilder(identifiers);
        this.update = new UpdateBuilder(identifiers);
        this.delete = new DeleteBuilder(identifiers);
        this.unnest = new UnnestInsertBuilder(identifiers);
    }

    /** Whether runs of this shape can be written many rows to a statement as arrays (inserts and upserts). */
    boolean writesArrays(RowShape shape) {
        return shape.kind() == RowShape.Kind.WRITE && mode != InsertMode.UPDATE;
    }

    /**
     * The statement that writes a whole chunk of rows of this shape, one array per column with
     * these element types; only for shapes that {@link #writesArrays} is true for.
     */
    DmlStatement arrayStatement(TableId table, RowShape shape, List<TypeName> elementTypes) {
        if (!writesArrays(shape)) {
            throw new IllegalArgumentException("Rows with " + shape + " are not written as arrays in insert.mode="
                + mode.name().toLowerCase(Locale.ROOT));
        }
        try {
            return mode == InsertMode.UPSERT
                ? unnest.upsert(table, shape.keyColumns(), shape.otherColumns(), elementTypes)
                : unnest.insert(table, shape.keyColumns(), shape.otherColumns(), elementTypes);
        } catch (IllegalArgumentException e) {
            throw cannotWrite(table, shape, e);
        }
    }

    /** An INSERT of one column alone, to find which value the server rejects ({@link ColumnBlame}). */
    DmlStatement singleColumnInsert(TableId table, String column) {
        return insert.build(table, Collections.<String>emptyList(), Collections.singletonList(column));
    }

    DmlStatement statement(TableId table, RowShape shape) {
        try {
            if (shape.kind() == RowShape.Kind.DELETE) {
                return delete.build(table, shape.keyColumns());
            }
            switch (mode) {
                case UPSERT:
                    return upsert.build(table, shape.keyColumns(), shape.otherColumns());
                case UPDATE:
                    return update.build(table, shape.keyColumns(), shape.otherColumns());
                default:
                    return insert.build(table, shape.keyColumns(), shape.otherColumns());
            }
        } catch (IllegalArgumentException e) {
            throw cannotWrite(table, shape, e);
        }
    }

    private ConnectException cannotWrite(TableId table, RowShape shape, IllegalArgumentException e) {
        return new ConnectException("Cannot write rows with " + shape + " into table " + table + " in insert.mode="
            + mode.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage(), e);
    }
}
