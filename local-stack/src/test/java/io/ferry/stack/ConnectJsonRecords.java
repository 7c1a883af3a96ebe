package io.ferry.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Record values as the worker's JsonConverter reads them (a schema and a payload), built field by
 * field, and the topics they are written to. Logical types are written as JsonConverter writes
 * them: a Decimal as the base64 of its unscaled bytes, a Date as days, a Time and a Timestamp as
 * milliseconds.
 */
final class ConnectJsonRecords {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;

    ConnectJsonRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** One value being built: its struct schema and its payload. */
    static final class Value {
        private final ObjectNode schema = JSON.createObjectNode().put("type", "struct").put("optional", false);
        private final ArrayNode fields = schema.putArray("fields");
        private final ObjectNode payload = JSON.createObjectNode();

        Value(String name) {
            schema.put("name", name);
        }

        /** A field of a primitive type (int8 ... string, bytes), with its value (null for none). */
        Value field(String name, String type, boolean optional, Object value) {
            return field(name, type(type, optional), value);
        }

        /** A field and what else its schema says (name, parameters, default, items). */
        Value field(String name, ObjectNode schema, Object value) {
            fields.add(schema.put("field", name));
            payload.set(name, JSON.valueToTree(value));
            return this;
        }

        /** This value's schema, for a field of another struct. */
        ObjectNode schema(boolean optional) {
            return schema.deepCopy().put("optional", optional);
        }

        /** This value's payload, for a field of another struct. */
        ObjectNode payload() {
            return payload.deepCopy();
        }

        String envelope() {
            ObjectNode envelope = JSON.createObjectNode();
            envelope.set("schema", schema);
            envelope.set("payload", payload);
            return envelope.toString();
        }
    }

    static ObjectNode type(String type, boolean optional) {
        return JSON.createObjectNode().put("type", type).put("optional", optional);
    }

    static ObjectNode decimal(int scale, boolean optional) {
        ObjectNode schema = logical("bytes", "org.apache.kafka.connect.data.Decimal", optional);
        schema.putObject("parameters").put("scale", Integer.toString(scale));
        return schema;
    }

    static ObjectNode date(boolean optional) {
        return logical("int32", "org.apache.kafka.connect.data.Date", optional);
    }

    static ObjectNode time(boolean optional) {
        return logical("int32", "org.apache.kafka.connect.data.Time", optional);
    }

    static ObjectNode timestamp(boolean optional) {
        return logical("int64", "org.apache.kafka.connect.data.Timestamp", optional);
    }

    static ObjectNode array(ObjectNode items, boolean optional) {
        ObjectNode schema = type("array", optional);
        schema.set("items", items);
        return schema;
    }

    private static ObjectNode logical(String type, String name, boolean optional) {
        return type(type, optional).put("name", name).put("version", 1);
    }

    /** A schema with a default: the JSON of the value as the payload would have it. */
    static ObjectNode withDefault(ObjectNode schema, Object value) {
        schema.set("default", JSON.valueToTree(value));
        return schema;
    }

    static String decimalValue(String value) {
        return Base64.getEncoder().encodeToString(new BigDecimal(value).unscaledValue().toByteArray());
    }

    static long dateValue(LocalDate day) {
        return day.toEpochDay();
    }

    static long timeValue(LocalTime time) {
        return time.toNanoOfDay() / 1_000_000;
    }

    static long timestampValue(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    static String bytesValue(byte... bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static List<Object> list(Object... values) {
        return Arrays.asList(values);
    }

    void createTopic(String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(Set.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot create topic " + topic, e);
        }
    }

    /** Writes each value, in order, to the partition, keyed by {@code key} (may be null). */
    void produce(String topic, int partition, String key, List<String> values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers,
            "acks", "all", "enable.idempotence", "true"), new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while producing to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Producing to " + topic + " failed", e.getCause());
        }
    }
}
