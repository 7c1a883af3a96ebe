package io.ferry.connect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {
    private final Identifiers always = new Identifiers(IdentifierQuoting.ALWAYS);
    private final Identifiers never = new Identifiers(IdentifierQuoting.NEVER);

    @Test
    void quotesQuotesSpacesAndSemicolonsSoANameCannotEndTheIdentifier() {
        assertThat(always.quote("odd \"table\"; DROP TABLE victim; --"))
            .isEqualTo("\"odd \"\"table\"\"; DROP TABLE victim; --\"");
        assertThat(never.quote("a b;c")).isEqualTo("\"a b;c\"");
        assertThat(never.quote("it's \"x\"")).isEqualTo("\"it's \"\"x\"\"\"");
    }

    @Test
    void neverQuotingLeavesPlainNamesBareButQuotesKeywordsInTheCasePostgresFoldsThemTo() {
        assertThat(never.quote("iris_data")).isEqualTo("iris_data");
        assertThat(never.quote("Mixed")).isEqualTo("Mixed");
        assertThat(never.quote("select")).isEqualTo("\"select\"");
        assertThat(never.quote("ORDER")).isEqualTo("\"order\"");
        assertThat(never.quote("Left")).isEqualTo("\"left\"");
        assertThat(always.quote("select")).isEqualTo("\"select\"");
    }

    @Test
    void storedNameIsLowerCaseOnlyForANameLeftBare() {
        assertThat(never.storedName("Sepal_Length")).isEqualTo("sepal_length");
        assertThat(never.storedName("Mixed Case")).isEqualTo("Mixed Case");
        assertThat(always.storedName("Sepal_Length")).isEqualTo("Sepal_Length");
    }

    @Test
    void rejectsEmptyNamesAndNulCharacters() {
        assertThatThrownBy(() -> always.quote("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> never.quote("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }
}
