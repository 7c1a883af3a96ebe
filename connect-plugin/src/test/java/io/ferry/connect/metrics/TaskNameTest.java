package io.ferry.connect.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskNameTest {
    @Test
    void takesTheConnectorAndTaskFromTheWorkersLoggingContext() {
        TaskName name = TaskName.of("[orders-source|task-3] ", Map.of("name", "ignored"), new Object());

        assertThat(name.connector()).isEqualTo("orders-source");
        assertThat(name.task()).isEqualTo("3");
        assertThat(name.objectName("source-task-metrics").toString())
            .isEqualTo("io.ferry.connect:type=source-task-metrics,connector=orders-source,task=3");
    }

    @Test
    void outsideAWorkerTwoTasksOfOneConnectorStillGetNamesOfTheirOwn() {
        Map<String, String> props = Map.of("name", "sink");

        TaskName first = TaskName.of(null, props, new Object());
        TaskName second = TaskName.of(null, props, new Object());

        assertThat(first.connector()).isEqualTo("sink");
        assertThat(first.task()).isNotEqualTo(second.task());
    }

    @Test
    void aConnectorContextThatIsNotATasksIsNotTakenForOne() {
        TaskName name = TaskName.of("[orders-source|worker] ", Map.of("name", "orders-source"), new Object());

        assertThat(name.connector()).isEqualTo("orders-source");
        assertThat(name.task()).startsWith("x");
    }

    @Test
    void quotesNamesThatJmxWouldMisread() {
        TaskName name = new TaskName("odd,name=x", "0");

        assertThat(name.objectName("sink-task-metrics", "table", "public.t").toString())
            .isEqualTo("io.ferry.connect:type=sink-task-metrics,connector=\"odd,name=x\",task=0,table=public.t");
        assertThat(name.objectName("sink-task-metrics").getKeyProperty("connector")).isEqualTo("\"odd,name=x\"");
    }

    @Test
    void poolNamesCarryTheConnectorAndTask() {
        assertThat(new TaskName("orders", "2").poolName("sink")).isEqualTo("ferry-sink-orders-task-2");
    }
}
