package io.ferry.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records for a table {@code (id int PRIMARY KEY, name varchar(10) NOT NULL, qty int)}, written
 * to a topic as the worker's JsonConverter reads them (schema + payload envelopes), where the
 * record with id {@code i} has offset {@code i}. Records 50, 150, 250, ... are bad, in turn:
 * a string where the column is an int, a NULL name, a name too long, a field the table lacks.
 */
final class PoisonRecords {
    static final String TABLE_COLUMNS = "(id int PRIMARY KEY, name varchar(10) NOT NULL, qty int)";

    enum Fault { WRONG_TYPE, NULL_INTO_NOT_NULL, VALUE_TOO_LONG, FIELD_THE_TABLE_LACKS }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;

    PoisonRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The fault of record {@code id}, or null for a good one. */
    static Fault faultOf(int id) {
        return id % 100 == 50 ? Fault.values()[(id / 100) % Fault.values().length] : null;
    }

    /** The ids from {@code from} (inclusive) to {@code to} (exclusive) that are bad, by id. */
    static Map<Integer, Fault> faults(int from, int to) {
        return IntStream.range(from, to).filter(id -> faultOf(id) != null).boxed()
            .collect(Collectors.toMap(id -> id, PoisonRecords::faultOf));
    }

    /** Produces records {@code from} .. {@code to - 1}; with {@code poisoned}, the bad ones are bad. */
    void produce(String topic, int from, int to, boolean poisoned) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers,
            "acks", "all", "enable.idempotence", "true"), new StringSerializer(), new StringSerializer())) {
            for (int id = from; id < to; id++) {
                producer.send(new ProducerRecord<>(topic, 0, null, envelope(id, poisoned ? faultOf(id) : null))).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while producing to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Producing to " + topic + " failed", e.getCause());
        }
    }

    private static String envelope(int id, Fault fault) {
        ObjectNode schema = JSON.createObjectNode().put("type", "struct").put("optional", false).put("name", "poison");
        ArrayNode fields = schema.putArray("fields");
        ObjectNode payload = JSON.createObjectNode().put("id", id);
        fields.addObject().put("field", "id").put("type", "int32").put("optional", false);
        fields.addObject().put("field", "name").put("type", "string").put("optional", true);
        if (fault == Fault.NULL_INTO_NOT_NULL) {
            payload.putNull("name");
        } else {
            payload.put("name", fault == Fault.VALUE_TOO_LONG ? "far-too-long-a-name-" + id : "n" + id);
        }
        if (fault == Fault.WRONG_TYPE) {
            fields.addObject().put("field", "qty").put("type", "string").put("optional", true);
            payload.put("qty", "lots");
        } else {
            fields.addObject().put("field", "qty").put("type", "int32").put("optional", true);
            payload.put("qty", id % 7);
        }
        if (fault == Fault.FIELD_THE_TABLE_LACKS) {
            fields.addObject().put("field", "colour").put("type", "string").put("optional", true);
            payload.put("colour", "red");
        }
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("schema", schema);
        envelope.set("payload", payload);
        return envelope.toString();
    }
}
