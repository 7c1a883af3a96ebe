package io.ferry.connect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReservedKeywordsIT {
    @Test
    void knowsEveryKeywordTheServerDoesNotAcceptAsABareName() {
        Database db = PostgresServer.server().createDatabase("keywords");
        List<String> reserved = db.rows("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')").stream()
            .map(row -> (String) row.get(0)).collect(Collectors.toList());

        assertThat(reserved).as("the server's reserved keywords").contains("select", "table");
        assertThat(Identifiers.RESERVED).containsAll(reserved);
    }
}
