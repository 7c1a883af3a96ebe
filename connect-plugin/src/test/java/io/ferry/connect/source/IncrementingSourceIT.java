package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class IncrementingSourceIT {
    private static final TableId IRIS = new TableId("public", "iris_data");

    private static long id(SourceRecord record) {
        return ((Struct) record.value()).getInt32("id");
    }

    @Test
    void readsIrisDataAcrossTaskRestartsWhileRowsKeepArrivingWithoutGapOrDuplicate() throws Exception {
        Database db = PostgresServer.server().createDatabase("iris_restarts");
        IrisTable.createIn(db);
        int total = 3000;
        AtomicBoolean failed = new AtomicBoolean();
        Thread generator = new Thread(() -> {
            try {
                for (int i = 0; i < total; i++) {
                    db.execute("INSERT INTO iris_data (timestamp, sepal_length, sepal_width, petal_length, "
                        + "petal_width, target) VALUES (now(), 5.1, 3.5, 1.4, 0.2, " + (i % 3) + ")");
                }
            } catch (RuntimeException e) {
                failed.set(true);
            }
        });
        generator.start();
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("batch.max.rows", "37"), IRIS);

        List<Long> delivered = new ArrayList<>();
        while (delivered.size() < total) {
            PostgresSourceTask task = runner.start();
            for (int poll = 0; poll < 5 && delivered.size() < total; poll++) {
                List<SourceRecord> records = task.poll();
                if (records != null) {
                    runner.context.commit(records);
                    records.forEach(r -> delivered.add(id(r)));
                }
            }
            // A batch polled but never acknowledged by Kafka is lost with the task: it must come again.
            task.poll();
            task.stop();
        }
        generator.join();

        assertThat(failed).isFalse();
        assertThat(delivered).containsExactlyElementsOf(
            LongStream.rangeClosed(1, total).boxed().collect(Collectors.toList()));
    }

    @Test
    void publishesConfluentShapedRecordsToPrefixPlusTableName() throws Exception {
        Database db = PostgresServer.server().createDatabase("iris_shape");
        IrisTable.createIn(db);
        db.execute("INSERT INTO iris_data (timestamp, sepal_length, sepal_width, petal_length, petal_width, target)"
            + " VALUES ('2024-05-01 10:20:30.456', 5.1, 3.5, 1.4, 0.2, 0)");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of(), IRIS);
        PostgresSourceTask task = runner.start();

        List<SourceRecord> records = null;
        // a poll may return nothing while the commit frontier waits out a transaction another
        // backend of the shared server has open (a busy machine): the row comes at a later poll
        for (int polls = 0; records == null && polls < 20; polls++) {
            records = task.poll();
        }
        task.stop();

        assertThat(records).hasSize(1);
        SourceRecord record = records.get(0);
        assertThat(record.topic()).isEqualTo("postgres-source-iris_data");
        assertThat(record.key()).isNull();
        assertThat(record.keySchema()).isNull();
        assertThat(record.sourcePartition()).isEqualTo(Map.of("protocol", "1", "table", "public.iris_data"));
        assertThat(record.sourceOffset()).isEqualTo(Map.of("incrementing", 1L));
        assertThat(record.valueSchema().name()).isEqualTo("iris_data");
        assertThat(record.valueSchema().fields()).extracting(f -> f.name()).containsExactly(
            "id", "timestamp", "sepal_length", "sepal_width", "petal_length", "petal_width", "target");
        assertThat(record.valueSchema().field("id").schema().isOptional()).isFalse();
        assertThat(record.valueSchema().field("target").schema().isOptional()).isTrue();
        Struct value = (Struct) record.value();
        assertThat(value.getFloat64("sepal_length")).isEqualTo(5.1);
        assertThat(((java.util.Date) value.get("timestamp")).toInstant())
            .isEqualTo(java.time.Instant.parse("2024-05-01T10:20:30.456Z"));
    }

    @Test
    void resumesAfterAnOffsetTheConfluentConnectorStored() throws Exception {
        Database db = PostgresServer.server().createDatabase("iris_confluent");
        IrisTable.createIn(db);
        db.execute("INSERT INTO iris_data (target) SELECT g FROM generate_series(1, 10) g");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of(), IRIS);
        runner.context.store(Map.of("protocol", "1", "table", "public.iris_data"), Map.of("incrementing", 7L));

        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = task.poll();
        task.stop();

        assertThat(records).extracting(IncrementingSourceIT::id).containsExactly(8L, 9L, 10L);
    }

    /** Confluent 10.9.4 kept the database in the names of the tables it found, and so in its partitions. */
    @Test
    void resumesAfterAnOffsetConfluent1094StoredUnderTheNameWithTheDatabase() throws Exception {
        Database db = PostgresServer.server().createDatabase("iris_confluent_1094");
        IrisTable.createIn(db);
        db.execute("INSERT INTO iris_data (target) SELECT g FROM generate_series(1, 10) g");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of(), IRIS);
        runner.context.store(Map.of("protocol", "1", "table", db.name() + ".public.iris_data"), Map.of("incrementing", 6L));
        runner.context.store(Map.of("table", "iris_data"), Map.of("incrementing", 2L));

        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = task.poll();
        task.stop();

        assertThat(records).extracting(IncrementingSourceIT::id).containsExactly(7L, 8L, 9L, 10L);
        assertThat(records).allSatisfy(r -> assertThat(r.sourcePartition())
            .isEqualTo(Map.of("protocol", "1", "table", "public.iris_data")));
    }

    @Test
    void failsToStartWhenTwoOfItsTablesShareANameAndSoATopic() {
        Database db = PostgresServer.server().createDatabase("iris_same_name");
        IrisTable.createIn(db);
        db.execute("CREATE SCHEMA lab", "CREATE TABLE lab.iris_data (id serial PRIMARY KEY)");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of(), IRIS, new TableId("lab", "iris_data"));

        org.assertj.core.api.Assertions.assertThatThrownBy(runner::start)
            .isInstanceOf(org.apache.kafka.connect.errors.ConnectException.class)
            .hasMessageContaining("would all go to topic postgres-source-iris_data");
    }

    @Test
    void detectsTheSerialColumnWhenNoIncrementingColumnIsNamed() throws Exception {
        Database db = PostgresServer.server().createDatabase("iris_detect");
        db.execute("CREATE TABLE events (name text, seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY)");
        db.execute("INSERT INTO events (name) VALUES ('a'), ('b')");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("incrementing.column.name", ""),
            new TableId("public", "events"));

        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = task.poll();
        task.stop();

        assertThat(records).extracting(r -> (Object) r.sourceOffset().get("incrementing")).containsExactly(1L, 2L);
    }

    @Test
    void readsALargeTableInPagesOfAtMostBatchMaxRows() throws Exception {
        Database db = PostgresServer.server().createDatabase("iris_large");
        db.execute("CREATE TABLE big (id bigint PRIMARY KEY, payload text NOT NULL)");
        db.execute("INSERT INTO big SELECT g, md5(g::text) FROM generate_series(1, 200000) g");
        SourceTaskRunner runner = new SourceTaskRunner(db,
            Map.of("batch.max.rows", "1000", "table.whitelist", "big"), new TableId("public", "big"));
        PostgresSourceTask task = runner.start();

        long expected = 1;
        int largestPage = 0;
        long deadline = System.currentTimeMillis() + 120_000;
        while (expected <= 200_000 && System.currentTimeMillis() < deadline) {
            List<SourceRecord> records = task.poll();
            if (records == null) {
                continue;
            }
            largestPage = Math.max(largestPage, records.size());
            for (SourceRecord record : records) {
                assertThat(((Struct) record.value()).getInt64("id")).isEqualTo(expected++);
            }
        }
        task.stop();

        assertThat(expected - 1).isEqualTo(200_000);
        assertThat(largestPage).isEqualTo(1000);
    }

    @Test
    void reconnectsAfterLosingItsConnectionAndContinuesWithoutGap() throws Exception {
        Database db = PostgresServer.server().createDatabase("iris_reconnect");
        IrisTable.createIn(db);
        db.execute("INSERT INTO iris_data (target) SELECT g FROM generate_series(1, 10) g");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("batch.max.rows", "5"), IRIS);
        PostgresSourceTask task = runner.start();
        List<Long> delivered = new ArrayList<>();
        task.poll().forEach(r -> delivered.add(id(r)));

        db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        db.execute("INSERT INTO iris_data (target) SELECT g FROM generate_series(11, 12) g");
        int retriable = 0;
        long deadline = System.currentTimeMillis() + 20_000;
        while (delivered.size() < 12 && System.currentTimeMillis() < deadline) {
            try {
                List<SourceRecord> records = task.poll();
                if (records != null) {
                    records.forEach(r -> delivered.add(id(r)));
                }
            } catch (org.apache.kafka.connect.errors.RetriableException e) {
                retriable++; // the worker logs it and polls again
            }
        }
        task.stop();

        assertThat(retriable).isEqualTo(1);
        assertThat(delivered).containsExactlyElementsOf(LongStream.rangeClosed(1, 12).boxed().collect(Collectors.toList()));
    }

    @Test
    void leavesOutColumnsItCannotMapButReadsTheRest() throws Exception {
        Database db = PostgresServer.server().createDatabase("iris_unmapped");
        IrisTable.createIn(db);
        db.execute("ALTER TABLE iris_data ADD COLUMN tags point", "INSERT INTO iris_data (target, tags) VALUES (2, '(1,2)')");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of(), IRIS);
        PostgresSourceTask task = runner.start();

        List<SourceRecord> records = task.poll();
        task.stop();

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.valueSchema().field("tags")).isNull();
            assertThat(((Struct) r.value()).getInt32("target")).isEqualTo(2);
        });
    }

    @Test
    void failsToStartWithAMessageWhenTheIncrementingColumnIsGone() {
        Database db = PostgresServer.server().createDatabase("iris_no_column");
        IrisTable.createIn(db);
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("incrementing.column.name", "row_id"), IRIS);

        org.assertj.core.api.Assertions.assertThatThrownBy(runner::start)
            .isInstanceOf(org.apache.kafka.connect.errors.ConnectException.class)
            .hasMessageContaining("public.iris_data").hasMessageContaining("row_id");
    }

    @Test
    void readsANumericIncrementingColumnWithoutFractionAsLongOffsetsAndFailsBeyondALong() throws Exception {
        Database db = PostgresServer.server().createDatabase("numeric_ids");
        db.execute("CREATE TABLE orders (order_no numeric(20,0) PRIMARY KEY, item text)",
            "INSERT INTO orders VALUES (1, 'a'), (9223372036854775806, 'b'), (9223372036854775807, 'c')");
        SourceTaskRunner runner =
            SourceTaskRunner.forPublicTable(db, "orders", Map.of("incrementing.column.name", "order_no"));
        runner.context.store(Map.of("protocol", "1", "table", "public.orders"), Map.of("incrementing", 1L));
        PostgresSourceTask task = runner.start();

        List<SourceRecord> records = task.poll();
        db.execute("INSERT INTO orders VALUES (9223372036854775808, 'too far')");
        try {
            assertThat(records).extracting(SourceRecord::sourceOffset).containsExactly(
                Map.of("incrementing", 9223372036854775806L), Map.of("incrementing", Long.MAX_VALUE));
            assertThat(records).extracting(r -> ((Struct) r.value()).get("order_no"))
                .containsExactly(new java.math.BigDecimal("9223372036854775806"),
                    new java.math.BigDecimal("9223372036854775807"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceTaskRunner.pollUntil(task, runner.context,
                    r -> false, 10_000))
                .isInstanceOf(org.apache.kafka.connect.errors.ConnectException.class)
                .hasMessageContaining("public.orders").hasMessageContaining("9223372036854775808");
        } finally {
            task.stop();
        }
    }

    @Test
    void refusesANumericIncrementingColumnWithFractionDigits() {
        Database db = PostgresServer.server().createDatabase("fraction_ids");
        db.execute("CREATE TABLE prices (price numeric(10,2) NOT NULL)");
        SourceTaskRunner runner =
            SourceTaskRunner.forPublicTable(db, "prices", Map.of("incrementing.column.name", "price"));

        org.assertj.core.api.Assertions.assertThatThrownBy(runner::start)
            .isInstanceOf(org.apache.kafka.connect.errors.ConnectException.class)
            .hasMessage("Column price of table public.prices has type numeric; an incrementing column must be "
                + "smallint, integer, bigint or numeric(p,0)");
    }
}
