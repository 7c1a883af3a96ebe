package io.ferry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free TCP ports on 127.0.0.1, for services that must be told their port up front. */
public final class LocalPorts {
    public static final String HOST = "127.0.0.1";

    private LocalPorts() {
    }

    /** A port nobody listens on right now (the OS picks it, so parallel runs do not collide). */
    public static int free() {
        return free(1)[0];
    }

    /**
     * {@code count} distinct free ports: each socket stays open until all are picked, since the
     * OS may hand out a port again as soon as its socket is closed.
     */
    public static int[] free(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                sockets.add(socket);
                socket.setReuseAddress(true);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // only probing: the port is free either way
                }
            }
        }
    }
}
