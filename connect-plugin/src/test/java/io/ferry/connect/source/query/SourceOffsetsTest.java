package io.ferry.connect.source.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceOffsetsTest {
    @Test
    void looksForAnOffsetUnderFerrysPartitionThenConfluent1094sWithTheDatabaseThenProtocolZero() {
        assertThat(SourceOffsets.possiblePartitions(new TableId("public", "orders"), "shop")).containsExactly(
            Map.of("protocol", "1", "table", "public.orders"),
            Map.of("protocol", "1", "table", "shop.public.orders"),
            Map.of("table", "orders"));
    }

    @Test
    void writesConfluentsProtocolOnePartition() {
        assertThat(SourceOffsets.partition(new TableId("public", "orders")))
            .isEqualTo(Map.of("protocol", "1", "table", "public.orders"));
    }
}
