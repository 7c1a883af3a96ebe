package io.ferry.stack;

/** A Connect REST call answered with an error status; keeps the status and the body. */
public final class ConnectRestException extends RuntimeException {
    private final int status;
    private final String body;

    ConnectRestException(String request, int status, String body) {
        super(request + " answered " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
