package io.ferry.connect.config;

import io.ferry.connect.postgres.types.DateCalendar;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The source keys of Confluent's connector about how tables are read and records handed over:
 * the transactions' isolation, retries of failed queries, the calendar of dates, the buffer, how
 * long a poll waits, and how long the connector waits for its first list of tables.
 */
public final class ReadingKeys {
    public static final String GROUP = "Reading";

    public static final String TRANSACTION_ISOLATION_MODE = "transaction.isolation.mode";
    public static final String QUERY_RETRY_ATTEMPTS = "query.retry.attempts";
    public static final String DATE_CALENDAR_SYSTEM = "date.calendar.system";
    public static final String MAX_BUFFER_SIZE = "max.buffer.size";
    public static final String POLL_LINGER_MS = "poll.linger.ms";
    public static final String TABLE_MONITORING_STARTUP_POLLING_LIMIT_MS = "table.monitoring.startup.polling.limit.ms";

    public static final int QUERY_RETRY_ATTEMPTS_DEFAULT = -1;
    public static final long POLL_LINGER_MS_DEFAULT = 5_000L;
    public static final long TABLE_MONITORING_STARTUP_POLLING_LIMIT_MS_DEFAULT = 10_000L;

    private ReadingKeys() {
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(TRANSACTION_ISOLATION_MODE, Type.STRING, TransactionIsolation.DEFAULT.name(),
                new TransactionIsolation.Validator(), Importance.LOW,
                "Isolation level of the transactions the task reads in: DEFAULT sets none (PostgreSQL's "
                    + "default_transaction_isolation applies), or READ_UNCOMMITTED (which PostgreSQL runs as "
                    + "READ_COMMITTED), READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE.",
                GROUP, ++order, Width.MEDIUM, "Transaction Isolation Mode")
            .define(QUERY_RETRY_ATTEMPTS, Type.INT, QUERY_RETRY_ATTEMPTS_DEFAULT, Importance.LOW,
                "How many reads of a table in a row may fail with an error PostgreSQL calls transient (connection "
                    + "lost, serialization failure, deadlock, server shutting down) before the task fails: it fails "
                    + "at the n-th. -1 (or 0) tries for ever. Other errors fail the task at once; a database that "
                    + "cannot be reached at all is waited for, whatever this says.",
                GROUP, ++order, Width.MEDIUM, "Query Retry Attempts")
            .define(DATE_CALENDAR_SYSTEM, Type.STRING, DateCalendar.LEGACY.name(),
                ConfigDef.ValidString.in(DateCalendar.LEGACY.name(), DateCalendar.PROLEPTIC_GREGORIAN.name()),
                Importance.LOW,
                "Calendar that date and timestamp values are counted in: LEGACY, as java.util.Date counts (Julian "
                    + "before 1582-10-15; the records Confluent's connector sends by default), or "
                    + "PROLEPTIC_GREGORIAN, as PostgreSQL and java.time count. They differ only for values before "
                    + "1583 and, for 'timestamp without time zone', for wall-clock times that a clock change of "
                    + "db.timezone skips or repeats.",
                GROUP, ++order, Width.MEDIUM, "Date Calendar System")
            .define(MAX_BUFFER_SIZE, Type.INT, 0, ConfigDef.Range.atLeast(0), Importance.LOW,
                "Most records the task holds that the worker has not taken yet; 0 means 4 x batch.max.rows. Ferry "
                    + "holds at most one page read ahead (batch.max.rows records) while the worker publishes the "
                    + "last one, and reads no page ahead when this is less than batch.max.rows.",
                GROUP, ++order, Width.SHORT, "Maximum Buffer Size")
            .define(POLL_LINGER_MS, Type.LONG, POLL_LINGER_MS_DEFAULT, ConfigDef.Range.atLeast(0L), Importance.LOW,
                "Longest a poll waits for records before it returns none. Ferry returns after 1 s at the most "
                    + "whatever this says: Connect commits the offsets of published records only between polls.",
                GROUP, ++order, Width.SHORT, "Poll Linger Milliseconds")
            .define(TABLE_MONITORING_STARTUP_POLLING_LIMIT_MS, Type.LONG,
                TABLE_MONITORING_STARTUP_POLLING_LIMIT_MS_DEFAULT, ConfigDef.Range.atLeast(0L), Importance.LOW,
                "Longest the connector waits at start for its first list of tables before it gives Connect no "
                    + "tasks (ms); tasks follow once the list is read. An internal key of Confluent's connector.",
                GROUP, ++order, Width.SHORT, "Table Monitoring Startup Limit (ms)");
    }
}
