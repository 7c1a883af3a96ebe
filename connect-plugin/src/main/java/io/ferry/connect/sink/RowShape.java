package io.ferry.connect.sink;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** What a statement depends on: write or delete, the key columns and the other columns. */
final class RowShape {
    enum Kind { WRITE, DELETE }

    private final Kind kind;
    private final List<String> keyColumns;
    private final List<String> otherColumns;
    private final int hash;

    RowShape(Kind kind, List<String> keyColumns, List<String> otherColumns) {
        this.kind = kind;
        this.keyColumns = Collections.unmodifiableList(keyColumns);
        this.otherColumns = Collections.unmodifiableList(otherColumns);
        this.hash = Objects.hash(kind, keyColumns, otherColumns); // looked up once per record
    }

    Kind kind() {
        return kind;
    }

    List<String> keyColumns() {
        return keyColumns;
    }

    List<String> otherColumns() {
        return otherColumns;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RowShape)) {
            return false;
        }
        RowShape other = (RowShape) o;
        return kind == other.kind && keyColumns.equals(other.keyColumns) && otherColumns.equals(other.otherColumns);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return kind + " key=" + keyColumns + " other=" + otherColumns;
    }
}
