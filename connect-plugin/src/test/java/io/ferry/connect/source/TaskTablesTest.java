package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskTablesTest {
    @Test
    void carriesNamesWithCommasDotsAndQuotesThroughTheTaskConfig() {
        List<TableId> tables = List.of(new TableId("public", "iris_data"), new TableId("my.schema", "a,b \"c\""));

        String encoded = TaskTables.encode(tables);

        assertThat(encoded).isEqualTo("\"public\".\"iris_data\",\"my.schema\".\"a,b \"\"c\"\"\"");
        assertThat(TaskTables.decode(encoded)).isEqualTo(tables);
    }

    @Test
    void decodesNothingFromAnEmptyEntry() {
        assertThat(TaskTables.decode("")).isEmpty();
    }
}
