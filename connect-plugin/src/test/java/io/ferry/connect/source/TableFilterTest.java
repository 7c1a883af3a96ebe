package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TableFilterTest {
    private static final TableId PUBLIC_IRIS = new TableId("public", "iris_data");
    private static final TableId LAB_IRIS = new TableId("lab", "iris_data");
    private static final TableId PUBLIC_USERS = new TableId("public", "users");
    private static final List<TableId> FOUND = List.of(LAB_IRIS, PUBLIC_IRIS, PUBLIC_USERS);

    @Test
    void aBareNameMatchesTheTableInEverySchema() {
        TableFilter filter = new TableFilter(List.of(TableId.parse("iris_data")), List.of());

        assertThat(filter.select(FOUND)).containsExactly(LAB_IRIS, PUBLIC_IRIS);
    }

    @Test
    void aQualifiedNameMatchesOnlyThatSchema() {
        TableFilter filter = new TableFilter(List.of(TableId.parse("public.iris_data")), List.of());

        assertThat(filter.select(FOUND)).containsExactly(PUBLIC_IRIS);
    }

    @Test
    void theBlacklistRemovesTablesAndAnEmptyWhitelistKeepsAllOthers() {
        TableFilter filter = new TableFilter(List.of(), List.of(TableId.parse("iris_data")));

        assertThat(filter.select(FOUND)).containsExactly(PUBLIC_USERS);
    }

    @Test
    void reportsWhitelistedTablesThatDoNotExist() {
        TableFilter filter = new TableFilter(List.of(TableId.parse("iris_data"), TableId.parse("Iris_Data")), List.of());

        assertThat(filter.missing(FOUND)).containsExactly(new TableId(null, "Iris_Data"));
    }

    @Test
    void anIncludePatternMustMatchTheWholeQualifiedName() {
        TableFilter filter = filter(List.of("public\\.iris.*"), List.of());

        assertThat(filter.select(FOUND)).containsExactly(PUBLIC_IRIS);
        assertThat(filter(List.of("iris_data"), List.of()).select(FOUND)).isEmpty();
        assertThat(filter(List.of(".*\\.iris_data"), List.of()).select(FOUND)).containsExactly(LAB_IRIS, PUBLIC_IRIS);
    }

    @Test
    void theExcludeListRemovesFromWhatTheIncludeListMatches() {
        TableFilter filter = filter(List.of(".*"), List.of("lab\\..*", "public\\.users"));

        assertThat(filter.select(FOUND)).containsExactly(PUBLIC_IRIS);
    }

    @Test
    void anExcludeListAloneSelectsNothingRatherThanEverythingElse() {
        assertThat(filter(List.of(), List.of("lab\\..*")).select(FOUND)).isEmpty();
    }

    @Test
    void patternsAreCaseSensitiveAsTheNamesAreStored() {
        assertThat(filter(List.of("PUBLIC\\.IRIS_DATA"), List.of()).select(FOUND)).isEmpty();
    }

    @Test
    void aTableMustPassEveryFilterSetSoMixedKeysNeverWidenTheSelection() {
        TableFilter filter = new TableFilter(List.of(TableId.parse("iris_data")), List.of(),
            List.of(Pattern.compile("public\\..*")), List.of());

        assertThat(filter.select(FOUND)).containsExactly(PUBLIC_IRIS);
    }

    private static TableFilter filter(List<String> include, List<String> exclude) {
        return new TableFilter(List.of(), List.of(), patterns(include), patterns(exclude));
    }

    private static List<Pattern> patterns(List<String> regexes) {
        return regexes.stream().map(Pattern::compile).collect(java.util.stream.Collectors.toList());
    }
}
