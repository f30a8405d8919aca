package org.briefing.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of domain records in the database: record components as fields, nothing else, so
 * that convenience methods such as {@code isMoney()} are not written.
 */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder()
        .changeDefaultVisibility((visibility) -> visibility.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
