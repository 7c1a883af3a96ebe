package io.ferry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on 127.0.0.1, for services that must be told their port up front. */
public final class LocalPorts {
    public static final String HOST = "127.0.0.1";

    private LocalPorts() {
    }

    /** A port nobody listens on right now (the OS picks it, so parallel runs do not collide). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        }
    }
}
