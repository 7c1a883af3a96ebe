package io.ferry.connect.pipeline;

import io.ferry.connect.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/** The round trips every PostgreSQL server under test must pass; subclasses say which server. */
abstract class SourceToSinkRoundTrips {
    abstract PostgresServer server();

    @Test
    void everyMappedTypeArrivesInTheTargetUnchanged() throws Exception {
        RoundTripScenarios.everyMappedTypeArrivesUnchanged(server().createDatabase("rt_source"),
            server().createDatabase("rt_target"));
    }

    @Test
    void specialTypesArriveInTheTargetUnchanged() throws Exception {
        RoundTripScenarios.specialTypesArriveUnchanged(server().createDatabase("rt_special_source"),
            server().createDatabase("rt_special_target"));
    }

    @Test
    void arraysArriveInTheTargetUnchanged() throws Exception {
        RoundTripScenarios.arraysArriveUnchanged(server().createDatabase("rt_array_source"),
            server().createDatabase("rt_array_target"));
    }

    @Test
    void seedIrisRowsArriveInTheTargetUnchanged() throws Exception {
        RoundTripScenarios.seedIrisRowsArriveUnchanged(server().createDatabase("iris_source"),
            server().createDatabase("iris_target"));
    }
}
