package io.ferry.connect.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.DynamicMBean;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanRegistration;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.ReflectionException;

/**
 * An MBean of read-only numbers, each read from its supplier when asked: what JMX clients and
 * Prometheus' JMX exporter read without any interface per bean. Knows whether it is registered, so
 * that a task replaced under its name does not unregister its successor's bean.
 */
public final class MetricsBean implements DynamicMBean, MBeanRegistration {
    private final String description;
    private final Map<String, LongSupplier> values = new LinkedHashMap<>();
    private final List<MBeanAttributeInfo> attributes = new ArrayList<>();
    private volatile boolean registered;

    public MetricsBean(String description) {
        this.description = description;
    }

    /** Adds an attribute; call before the bean is registered. */
    public MetricsBean add(String name, String meaning, LongSupplier value) {
        values.put(name, value);
        attributes.add(new MBeanAttributeInfo(name, "long", meaning, true, false, false));
        return this;
    }

    /** The attribute's value now, as a JMX client reads it. */
    public long value(String name) {
        LongSupplier value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No attribute " + name);
        }
        return value.getAsLong();
    }

    boolean registered() {
        return registered;
    }

    @Override
    public Object getAttribute(String name) throws AttributeNotFoundException {
        LongSupplier value = values.get(name);
        if (value == null) {
            throw new AttributeNotFoundException(name);
        }
        return value.getAsLong();
    }

    @Override
    public AttributeList getAttributes(String[] names) {
        AttributeList list = new AttributeList();
        for (String name : names) {
            LongSupplier value = values.get(name);
            if (value != null) {
                list.add(new Attribute(name, value.getAsLong()));
            }
        }
        return list;
    }

    @Override
    public void setAttribute(Attribute attribute) throws AttributeNotFoundException {
        throw new AttributeNotFoundException(attribute.getName() + " is read-only");
    }

    @Override
    public AttributeList setAttributes(AttributeList attributes) {
        return new AttributeList();
    }

    @Override
    public Object invoke(String action, Object[] params, String[] signature) throws ReflectionException {
        throw new ReflectionException(new NoSuchMethodException(action), "No operations");
    }

    @Override
    public MBeanInfo getMBeanInfo() {
        return new MBeanInfo(MetricsBean.class.getName(), description,
            attributes.toArray(new MBeanAttributeInfo[0]), null, null, null);
    }

    @Override
    public ObjectName preRegister(MBeanServer server, ObjectName name) {
        return name;
    }

    @Override
    public void postRegister(Boolean registrationDone) {
        registered = Boolean.TRUE.equals(registrationDone);
    }

    @Override
    public void preDeregister() {
        // nothing to release
    }

    @Override
    public void postDeregister() {
        registered = false;
    }
}
