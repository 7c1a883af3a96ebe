package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class DbTimeZoneTest {
    private final DbTimeZone validator = new DbTimeZone();

    @Test
    void acceptsRegionIdsOffsetsAndTheShortIdsConfluentAccepts() {
        for (String zone : new String[] {"UTC", "Europe/Berlin", "Asia/Seoul", "+02:00", "UTC+2", "GMT", "Z", "PST",
            "EST", " CET "}) {
            validator.ensureValid("db.timezone", zone);
        }
        assertThat(DbTimeZone.parse("PST")).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(DbTimeZone.parse(" Europe/Berlin ")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(DbTimeZone.parse("+02:00")).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void rejectsWhatIsNoTimeZone() {
        for (String zone : new String[] {"Mars/Olympus", "", "pst", "+25:00"}) {
            assertThatThrownBy(() -> validator.ensureValid("db.timezone", zone)).as(zone)
                .isInstanceOf(ConfigException.class).hasMessageContaining("db.timezone");
        }
        assertThatThrownBy(() -> validator.ensureValid("db.timezone", null)).isInstanceOf(ConfigException.class);
    }

    @Test
    void bothConnectorsAcceptTheSameShortIdAsTheSameZone() {
        Map<String, String> source = new HashMap<>();
        source.put("connection.url", "jdbc:postgresql://db/x");
        source.put("topic.prefix", "p-");
        source.put("db.timezone", "PST");
        Map<String, String> sink = new HashMap<>();
        sink.put("connection.url", "jdbc:postgresql://db/x");
        sink.put("db.timezone", "PST");

        assertThat(SourceConfig.parse(source).dbTimeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"))
            .isEqualTo(SinkConfig.parse(sink).dbTimeZone());
        assertThat(SourceConfig.configDef().configKeys().get("db.timezone").validator)
            .isInstanceOf(DbTimeZone.class);
        assertThat(SinkConfig.configDef().configKeys().get("db.timezone").validator)
            .isInstanceOf(DbTimeZone.class);
    }
}
