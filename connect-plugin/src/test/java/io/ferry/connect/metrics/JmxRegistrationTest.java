package io.ferry.connect.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class JmxRegistrationTest {
    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private final ObjectName name = new TaskName("c", "0").objectName("test-metrics");

    @Test
    void publishesEachAttributeAsALongReadWhenAsked() throws Exception {
        AtomicLong rows = new AtomicLong(5);
        JmxRegistration.publish(server, name, new MetricsBean("test").add("Rows", "rows so far", rows::get));

        rows.set(7);

        assertThat(server.getAttribute(name, "Rows")).isEqualTo(7L);
        MBeanAttributeInfo info = server.getMBeanInfo(name).getAttributes()[0];
        assertThat(info.getType()).isEqualTo("long");
        assertThat(info.getDescription()).isEqualTo("rows so far");
        assertThat(info.isWritable()).isFalse();
    }

    @Test
    void closingUnpublishes() {
        JmxRegistration registration = JmxRegistration.publish(server, name, new MetricsBean("test"));

        registration.close();

        assertThat(server.isRegistered(name)).isFalse();
    }

    @Test
    void aRestartedTaskReplacesTheBeanOfItsEarlierRunWhichThenLeavesItAlone() throws Exception {
        JmxRegistration earlier = JmxRegistration.publish(server, name, new MetricsBean("test").add("Run", "", () -> 1));
        JmxRegistration later = JmxRegistration.publish(server, name, new MetricsBean("test").add("Run", "", () -> 2));

        earlier.close();

        assertThat(server.getAttribute(name, "Run")).isEqualTo(2L);
        later.close();
        assertThat(server.isRegistered(name)).isFalse();
    }
}
