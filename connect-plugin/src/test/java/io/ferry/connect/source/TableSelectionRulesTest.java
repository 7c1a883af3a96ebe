package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSelectionRulesTest {
    @Test
    void acceptsEitherKindOfKeysAlone() {
        assertThat(TableSelectionRules.problems(Map.of("table.whitelist", "a", "incrementing.column.name", "id")))
            .isEmpty();
        assertThat(TableSelectionRules.problems(Map.of("table.include.list", "public\\..*",
            "table.exclude.list", "public\\.tmp_.*"))).isEmpty();
        assertThat(TableSelectionRules.problems(Map.of())).isEmpty();
    }

    @Test
    void refusesMixingTheOlderAndTheRegexKeysOnEveryKeyThatIsSet() {
        Map<String, String> problems = TableSelectionRules.problems(Map.of("table.whitelist", "a",
            "incrementing.column.name", "id", "table.include.list", ".*", "table.blacklist", ""));

        assertThat(problems).containsOnlyKeys("table.whitelist", "incrementing.column.name", "table.include.list");
        assertThat(problems.get("table.include.list")).contains("not both").contains("table.whitelist");
    }

    @Test
    void countsTheColumnMappingsAsRegexKeys() {
        assertThat(TableSelectionRules.problems(Map.of("table.whitelist", "a", "incrementing.column.mapping",
            "public\\.a:id"))).containsOnlyKeys("table.whitelist", "incrementing.column.mapping");
    }

    @Test
    void asksForAnIncludeListWithAnExcludeList() {
        assertThat(TableSelectionRules.problems(Map.of("table.exclude.list", "lab\\..*")))
            .containsOnlyKeys("table.exclude.list")
            .hasEntrySatisfying("table.exclude.list", m -> assertThat(m).contains("set table.include.list"));
    }
}
