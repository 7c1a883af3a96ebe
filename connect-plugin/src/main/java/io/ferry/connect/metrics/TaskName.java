package io.ferry.connect.metrics;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.slf4j.MDC;

/**
 * The connector and task a task's objects work for, to name its MBeans and connection pools after,
 * so an operator finds them by the names Connect shows (REST, log lines).
 */
public final class TaskName {
    /** The MDC key under which Connect's worker puts {@code [<connector>|task-<n>] } on a task's thread. */
    public static final String LOG_CONTEXT_KEY = "connector.context";
    public static final String DOMAIN = "io.ferry.connect";

    private static final Pattern TASK_CONTEXT = Pattern.compile("\\[(.*)\\|task-(\\d+)\\]\\s*");
    /** Characters that make an ObjectName value need quotes. */
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,=:\"*?\\\\\n]");

    private final String connector;
    private final String task;

    public TaskName(String connector, String task) {
        this.connector = connector;
        this.task = task;
    }

    /**
     * The task running on this thread: its connector and number as the worker's logging context
     * names them. Outside a worker (no context), the connector config's {@code name} and, so that
     * two tasks still never share a name, the task object's identity.
     */
    public static TaskName ofCurrentThread(Map<String, String> props, Object task) {
        return of(MDC.get(LOG_CONTEXT_KEY), props, task);
    }

    /** @param context the worker's logging context, {@code [<connector>|task-<n>] }; null when there is none */
    static TaskName of(String context, Map<String, String> props, Object task) {
        Matcher matcher = TASK_CONTEXT.matcher(context == null ? "" : context);
        if (matcher.matches()) {
            return new TaskName(matcher.group(1), matcher.group(2));
        }
        String name = props.get("name");
        return new TaskName(name == null ? "unnamed" : name, "x" + Integer.toHexString(System.identityHashCode(task)));
    }

    public String connector() {
        return connector;
    }

    public String task() {
        return task;
    }

    /** A connection pool's name, e.g. {@code ferry-sink-orders-task-0}. */
    public String poolName(String role) {
        return "ferry-" + role + "-" + connector + "-task-" + task;
    }

    /** {@code io.ferry.connect:type=<type>,connector=<connector>,task=<n>}, values quoted where JMX needs it. */
    public ObjectName objectName(String type) {
        return parse(prefix(type));
    }

    /** As {@link #objectName(String)} with one more key, e.g. {@code table=public.orders}. */
    public ObjectName objectName(String type, String key, String value) {
        return parse(prefix(type) + "," + key + "=" + quoted(value));
    }

    private String prefix(String type) {
        return DOMAIN + ":type=" + type + ",connector=" + quoted(connector) + ",task=" + quoted(task);
    }

    static String quoted(String value) {
        return value.isEmpty() || NEEDS_QUOTES.matcher(value).find() ? ObjectName.quote(value) : value;
    }

    private static ObjectName parse(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("Not an MBean name: " + name, e);
        }
    }

    @Override
    public String toString() {
        return connector + "|task-" + task;
    }
}
