package io.ferry.connect.sink;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;

/** Records of topic "t" for a table {@code kv (id int, name text)}, keyed by id. */
final class KvRecords {
    static final Schema SCHEMA = SchemaBuilder.struct().name("kv")
        .field("id", Schema.INT32_SCHEMA).field("name", Schema.OPTIONAL_STRING_SCHEMA).build();

    private KvRecords() {
    }

    static SinkRecord kv(int id, String name, long offset) {
        return kv(0, id, name, offset);
    }

    static SinkRecord kv(int partition, int id, String name, long offset) {
        Struct value = new Struct(SCHEMA).put("id", id).put("name", name);
        return new SinkRecord("t", partition, Schema.INT32_SCHEMA, id, SCHEMA, value, offset);
    }

    static SinkRecord tombstone(int id, long offset) {
        return new SinkRecord("t", 0, Schema.INT32_SCHEMA, id, null, null, offset);
    }
}
