package io.ferry.connect.metrics;

import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MetricsBean} published under a name on the JVM's platform MBean server (every Connect
 * worker has one; 3.3 workers have no plugin metrics API). A bean already under the name belongs
 * to an earlier run of the same task that has not stopped yet (a restart, a rebalance): it is
 * replaced, the running task being the one worth watching, and its owner's {@link #close()} then
 * leaves the new bean alone. Metrics that cannot be published are logged, never fail the task.
 */
public final class JmxRegistration implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JmxRegistration.class);

    private final MBeanServer server;
    private final ObjectName name;
    private final MetricsBean bean;

    JmxRegistration(MBeanServer server, ObjectName name, MetricsBean bean) {
        this.server = server;
        this.name = name;
        this.bean = bean;
        register();
    }

    /** @param server the platform MBean server ({@code ManagementFactory.getPlatformMBeanServer()}) in a worker */
    public static JmxRegistration publish(MBeanServer server, ObjectName name, MetricsBean bean) {
        return new JmxRegistration(server, name, bean);
    }

    public ObjectName name() {
        return name;
    }

    private void register() {
        try {
            try {
                server.registerMBean(bean, name);
            } catch (InstanceAlreadyExistsException e) {
                log.info("Replacing MBean {} of an earlier run of this task", name);
                unregisterQuietly();
                server.registerMBean(bean, name);
            }
        } catch (JMException | RuntimeException e) {
            log.warn("Cannot publish MBean {}; the task runs on without these metrics: {}", name, e.toString());
        }
    }

    /** Unregisters the bean, unless it is no longer the one under the name. */
    @Override
    public void close() {
        if (bean.registered()) {
            unregisterQuietly();
        }
    }

    private void unregisterQuietly() {
        try {
            server.unregisterMBean(name);
        } catch (InstanceNotFoundException e) {
            // gone already
        } catch (JMException | RuntimeException e) {
            log.warn("Cannot unregister MBean {}: {}", name, e.toString());
        }
    }
}
