package io.ferry.connect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class SerialSequenceIT {
    @Test
    void readsTheCacheOfASerialOrIdentityColumnsSequenceAndOneWithoutSequence() throws Exception {
        Database db = PostgresServer.server().createDatabase("serial_cache");
        db.execute("CREATE TABLE plain (id serial PRIMARY KEY, n int)",
            "CREATE TABLE \"Cached\" (\"Id\" bigint GENERATED ALWAYS AS IDENTITY (CACHE 20) PRIMARY KEY)");
        SerialSequence sequences = new SerialSequence();

        try (Connection connection = db.connect()) {
            assertThat(sequences.cacheSize(connection, "\"public\".\"plain\"", "id")).isEqualTo(1);
            assertThat(sequences.cacheSize(connection, "\"public\".\"Cached\"", "Id")).isEqualTo(20);
            assertThat(sequences.cacheSize(connection, "\"public\".\"plain\"", "n")).isEqualTo(1);
        }
    }
}
