package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableAssignmentTest {
    @Test
    void givesOneTableToOneTaskEvenWhenMoreTasksAreAllowed() {
        assertThat(TableAssignment.group(List.of("iris_data"), 2)).containsExactly(List.of("iris_data"));
    }

    @Test
    void spreadsTablesEvenlyAndGivesEachToExactlyOneTask() {
        assertThat(TableAssignment.group(List.of("a", "b", "c", "d", "e"), 2))
            .containsExactly(List.of("a", "b", "c"), List.of("d", "e"));
        assertThat(TableAssignment.group(List.of("a", "b", "c"), 3))
            .containsExactly(List.of("a"), List.of("b"), List.of("c"));
    }

    @Test
    void startsNoTaskWithoutTables() {
        assertThat(TableAssignment.group(List.<String>of(), 4)).isEmpty();
    }
}
