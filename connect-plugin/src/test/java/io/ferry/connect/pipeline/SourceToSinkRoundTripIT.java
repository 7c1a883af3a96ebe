package io.ferry.connect.pipeline;

import io.ferry.connect.testing.PostgresServer;

/** Source to sink through the seed's converter and transforms, on the test PostgreSQL server. */
class SourceToSinkRoundTripIT extends SourceToSinkRoundTrips {
    @Override
    PostgresServer server() {
        return PostgresServer.server();
    }
}
