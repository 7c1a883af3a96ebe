package io.ferry.connect.testing;

import io.ferry.testing.Database;
import java.util.HashMap;
import java.util.Map;

/** Source connector configs shaped like the seed's source_connector.json. */
public final class SourceConfigs {
    private SourceConfigs() {
    }

    /** The seed's config, with its URL and credentials. */
    public static Map<String, String> seed(String url, String user, String password) {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", url);
        props.put("connection.user", user);
        props.put("connection.password", password);
        props.put("table.whitelist", "iris_data");
        props.put("topic.prefix", "postgres-source-");
        props.put("mode", "incrementing");
        props.put("incrementing.column.name", "id");
        props.put("tasks.max", "2");
        return props;
    }

    public static Map<String, String> seed(Database database) {
        return seed(database.url(), database.user(), database.password());
    }
}
