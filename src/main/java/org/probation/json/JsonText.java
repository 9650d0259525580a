package org.probation.json;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON as text, where the text itself matters: a webhook's body, stored in the outbox and sent byte for byte, and the
 * length of a domain list. JSON columns are typed on the entities ({@code @JdbcTypeCode(SqlTypes.JSON)}) instead.
 */
@ApplicationScoped
public class JsonText {

    private final ObjectMapper mapper;

    JsonText(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
