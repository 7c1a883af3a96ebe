package io.ferry.connect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LiteralsTest {
    @Test
    void quotesAStringAndDoublesItsQuotes() {
        assertThat(Literals.string("n/a")).isEqualTo("'n/a'");
        assertThat(Literals.string("it's")).isEqualTo("'it''s'");
        assertThat(Literals.string("'; DROP TABLE t; --")).isEqualTo("'''; DROP TABLE t; --'");
        assertThat(Literals.string("")).isEqualTo("''");
    }

    @Test
    void writesAStringWithBackslashesAsAnEscapeString() {
        assertThat(Literals.string("C:\\temp")).isEqualTo("E'C:\\\\temp'");
        assertThat(Literals.string("\\' OR 1=1")).isEqualTo("E'\\\\'' OR 1=1'");
    }

    @Test
    void refusesTheNulCharacterTextCannotHold() {
        assertThatThrownBy(() -> Literals.string("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }
}
