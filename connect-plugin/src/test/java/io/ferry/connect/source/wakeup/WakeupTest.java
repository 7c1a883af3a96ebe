package io.ferry.connect.source.wakeup;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WakeupTest {
    private static final TableId IRIS = new TableId("public", "iris_data");
    private static final TableId ODD = new TableId("My Schema", "Odd.Name");
    private static final Set<TableId> TABLES = Set.of(IRIS, ODD);

    @Test
    void findsTheTablesTheTriggerNames() {
        Wakeup wakeup = Wakeup.of(Set.of("public.iris_data", "\"My Schema\".\"Odd.Name\""));

        assertThat(wakeup.named(TABLES)).containsExactlyInAnyOrder(IRIS, ODD);
        assertThat(wakeup.wakesEveryTable(TABLES)).isFalse();
    }

    @Test
    void acceptsABareTableName() {
        assertThat(Wakeup.of(Set.of("iris_data")).named(TABLES)).containsExactly(IRIS);
    }

    @Test
    void wakesEveryTableOnAnEmptyOrForeignPayloadOrAReconnect() {
        assertThat(Wakeup.of(Set.of("")).wakesEveryTable(TABLES)).isTrue();
        assertThat(Wakeup.of(Set.of("{\"order\": 5}")).wakesEveryTable(TABLES)).isTrue();
        assertThat(Wakeup.of(Set.of("public.other_table")).wakesEveryTable(TABLES)).isTrue();
        assertThat(Wakeup.everyTable().wakesEveryTable(TABLES)).isTrue();
    }

    @Test
    void nothingReceivedWakesNothing() {
        assertThat(Wakeup.of(Set.of()).isEmpty()).isTrue();
        assertThat(Wakeup.none().isEmpty()).isTrue();
        assertThat(Wakeup.of(Set.of("")).isEmpty()).isFalse();
    }
}
