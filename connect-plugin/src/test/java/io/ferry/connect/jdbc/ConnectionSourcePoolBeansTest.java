package io.ferry.connect.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** HikariCP's own pool MBeans, one per task's pool; no database is needed until a connection is asked for. */
class ConnectionSourcePoolBeansTest {
    private static final ConnectionSettings SETTINGS =
        new ConnectionSettings("jdbc:postgresql://127.0.0.1:1/none", "bob", null, 1, 0);
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void eachPoolPublishesHikarisBeansUnderItsOwnNameUntilClosed() throws Exception {
        ObjectName first = new ObjectName("com.zaxxer.hikari:type=Pool (ferry-sink-orders-task-0)");
        ObjectName second = new ObjectName("com.zaxxer.hikari:type=Pool (ferry-sink-orders-task-1)");
        try (ConnectionSource task0 = new ConnectionSource(SETTINGS, "ferry-sink-orders-task-0", 1);
             ConnectionSource task1 = new ConnectionSource(SETTINGS, "ferry-sink-orders-task-1", 1)) {
            assertThat(server.isRegistered(first)).isTrue();
            assertThat(server.isRegistered(second)).isTrue();
            assertThat(server.getAttribute(first, "TotalConnections")).isEqualTo(0);
        }
        assertThat(server.isRegistered(first)).isFalse();
    }

    @Test
    void charactersJmxReservesInAConnectorNameBecomeUnderscores() throws Exception {
        assertThat(ConnectionSource.jmxSafe("ferry-sink-a,b=c:d\"e*f?g-task-0"))
            .isEqualTo("ferry-sink-a_b_c_d_e_f_g-task-0");
        try (ConnectionSource source = new ConnectionSource(SETTINGS, "ferry-sink-a:b-task-0", 1)) {
            assertThat(server.isRegistered(new ObjectName("com.zaxxer.hikari:type=Pool (ferry-sink-a_b-task-0)")))
                .isTrue();
        }
    }
}
