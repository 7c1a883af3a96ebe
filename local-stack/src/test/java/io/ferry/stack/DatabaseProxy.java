package io.ferry.stack;

import io.ferry.testing.Database;
import io.ferry.testing.Pause;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 in front of one database server, to cut the connectors off it as an
 * outage would. While up it pipes bytes both ways. {@link #cut(Outage)} closes every open
 * connection at once and, until {@link #heal()}, either refuses new connections (closed as
 * soon as accepted, as from a server that is down) or blackholes them (accepted, never
 * answered, as behind a network partition).
 */
final class DatabaseProxy implements AutoCloseable {
    /** What a client that connects during the outage meets. */
    enum Outage { REFUSE, BLACKHOLE }

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final Set<Socket> piped = ConcurrentHashMap.newKeySet();
    private final Set<Socket> held = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong turnedAway = new AtomicLong();
    private final Thread acceptor;
    private volatile Outage outage;
    private volatile boolean closed;

    private DatabaseProxy(ServerSocket listener, InetSocketAddress upstream) {
        this.listener = listener;
        this.upstream = upstream;
        this.acceptor = new Thread(this::acceptLoop, "proxy-to-" + upstream.getPort());
        this.acceptor.setDaemon(true);
    }

    /** A proxy on a free port of 127.0.0.1 forwarding to {@code database}'s server. */
    static DatabaseProxy inFrontOf(Database database) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName(LocalPorts.HOST));
            DatabaseProxy proxy = new DatabaseProxy(listener, new InetSocketAddress(database.host(), database.port()));
            proxy.acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a proxy port", e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /** {@code database}'s JDBC URL, through this proxy. */
    String urlOf(Database database) {
        return "jdbc:postgresql://" + LocalPorts.HOST + ":" + port() + "/" + database.name();
    }

    /** Starts an outage: every open connection is closed now, new ones meet {@code how}. */
    void cut(Outage how) {
        outage = how;
        closeAll(piped);
    }

    /** Ends the outage: connections held in a blackhole are closed, new ones are piped again. */
    void heal() {
        outage = null;
        closeAll(held);
    }

    /** Client connections accepted and piped to the server so far. */
    long connectionsPiped() {
        return connections.get();
    }

    /** Client connections refused or blackholed so far. */
    long connectionsTurnedAway() {
        return turnedAway.get();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        closeAll(held);
        closeAll(piped);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                accept(listener.accept());
            } catch (IOException e) {
                if (!closed) {
                    Pause.of(Duration.ofMillis(50)); // e.g. too many open files: try again
                }
            }
        }
    }

    private void accept(Socket client) {
        Outage now = outage;
        if (now != null) {
            turnedAway.incrementAndGet();
            if (now == Outage.REFUSE) {
                closeQuietly(client);
            } else {
                held.add(client); // open and silent until heal()
            }
            return;
        }
        Thread connector = new Thread(() -> pipe(client), "proxy-connect-" + client.getPort());
        connector.setDaemon(true);
        connector.start();
    }

    private void pipe(Socket client) {
        Socket server = new Socket();
        piped.add(client);
        piped.add(server);
        try {
            server.connect(upstream, 5_000);
            if (outage != null) {
                throw new IOException("outage began while connecting");
            }
            connections.incrementAndGet();
            copyInBackground(client, server);
            copyInBackground(server, client);
        } catch (IOException e) {
            release(client, server);
        }
    }

    private void copyInBackground(Socket from, Socket to) {
        Thread copier = new Thread(() -> copy(from, to), "proxy-copy-" + from.getPort());
        copier.setDaemon(true);
        copier.start();
    }

    private void copy(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed or was cut: the other side goes too
        } finally {
            release(from, to);
        }
    }

    private void release(Socket a, Socket b) {
        piped.remove(a);
        piped.remove(b);
        closeQuietly(a);
        closeQuietly(b);
    }

    private static void closeAll(Set<Socket> sockets) {
        for (Socket socket : sockets) {
            sockets.remove(socket);
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
