package io.ferry.connect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lists the transactions open right now in the connection's database, other than the
 * connection's own: every backend transaction by its virtual transaction id (held as a lock
 * from the transaction's first statement to its end, xid or not, so also a transaction that so
 * far only called {@code nextval()}), and every prepared (two-phase) transaction by its gid.
 *
 * <p>It reads {@code pg_locks} and {@code pg_prepared_xacts}, and the database of each backend
 * from {@code pg_stat_activity}, all of which every role may see; a backend of unknown database
 * is counted in. Autovacuum workers are left out, as they never insert rows, but only for a
 * superuser or member of {@code pg_read_all_stats}: an ordinary role cannot see a backend's
 * type, so it waits for them too (longer, never for fewer transactions).
 *
 * <p>{@link #listWithStarts} also tells when each backend transaction started ({@code xact_start},
 * the {@code now()} of that transaction), where the role may see it (its own sessions; all of them
 * for a superuser or a member of {@code pg_read_all_stats}); never for a prepared transaction.
 */
public final class OpenTransactions {
    /** Ids of backend transactions start with this, followed by the virtual transaction id. */
    public static final String BACKEND_PREFIX = "vxid:";
    /** Ids of prepared transactions start with this, followed by the gid. */
    public static final String PREPARED_PREFIX = "2pc:";

    static final String SQL = "SELECT '" + BACKEND_PREFIX + "' || l.virtualxid, a.xact_start"
        + " FROM pg_catalog.pg_locks l LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'virtualxid' AND l.granted AND l.pid <> pg_catalog.pg_backend_pid()"
        + " AND (a.datid IS NULL OR a.datname = pg_catalog.current_database())"
        + " AND a.backend_type IS DISTINCT FROM 'autovacuum worker'"
        + " UNION ALL SELECT '" + PREPARED_PREFIX + "' || p.gid, NULL FROM pg_catalog.pg_prepared_xacts p"
        + " WHERE p.database = pg_catalog.current_database()";
    static final String IN_RECOVERY = "SELECT pg_catalog.pg_is_in_recovery()";

    /**
     * True when the connection is to a hot standby: its {@code pg_locks} shows none of the
     * primary's transactions, so the list would always come back empty.
     */
    public boolean onStandby(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(IN_RECOVERY);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The ids of the transactions open now; see the class comment for their form. */
    public Set<String> list(Connection connection) throws SQLException {
        return new HashSet<>(listWithStarts(connection).keySet());
    }

    /** The transactions open now, each with its start where the role may see it, else {@code null}. */
    public Map<String, Instant> listWithStarts(Connection connection) throws SQLException {
        Map<String, Instant> open = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime start = rs.getObject(2, OffsetDateTime.class);
                open.put(rs.getString(1), start == null ? null : start.toInstant());
            }
        }
        return open;
    }
}
