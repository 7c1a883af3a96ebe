package io.ferry.connect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

class FailureTextTest {
    /** What the server sends for a repeated key: its values are in the detail. */
    private static final PSQLException DUPLICATE = new PSQLException(new ServerErrorMessage(
        "SERROR\0C23505\0Mduplicate key value violates unique constraint \"orders_pkey\"\0"
            + "DKey (id)=(secret-4711) already exists.\0spublic\0torders\0norders_pkey\0"));
    private static final PSQLException BAD_INPUT = new PSQLException(new ServerErrorMessage(
        "SERROR\0C22P02\0Minvalid input syntax for type integer: \"secret-4711\"\0"
            + "Wunnamed portal parameter $3 = '...'\0"));

    @Test
    void inFullAFailureIsToldWithTheServersWordsAndKeepsItsCause() {
        assertThat(FailureText.FULL.describe(DUPLICATE)).contains("SQLState 23505").contains("secret-4711")
            .contains("(constraint orders_pkey)");
        assertThat(FailureText.FULL.cause(DUPLICATE)).isSameAs(DUPLICATE);
    }

    @Test
    void withoutDataAFailureIsToldByItsSqlStateAndNamesAlone() {
        FailureText text = FailureText.of(true);
        assertThat(text.describe(DUPLICATE)).startsWith("SQLState 23505").contains("trim.sensitive.log")
            .contains("(table orders)").contains("(constraint orders_pkey)")
            .doesNotContain("secret-4711").doesNotContain("duplicate key");
        assertThat(text.describe(BAD_INPUT)).startsWith("SQLState 22P02").doesNotContain("secret-4711")
            .doesNotContain("portal");
    }

    @Test
    void withoutDataTheCauseIsAStandInWithTheSqlStateAndNoData() {
        Throwable cause = FailureText.of(true).cause(new SQLException("wrapped", DUPLICATE));
        assertThat(cause).isInstanceOf(SQLException.class).hasNoCause();
        assertThat(((SQLException) cause).getSQLState()).isEqualTo("23505");
        assertThat(cause.getMessage()).doesNotContain("secret-4711");
        assertThat(SqlStateClassifier.classify(cause)).isEqualTo(SqlStateClassifier.classify(DUPLICATE));
    }
}
