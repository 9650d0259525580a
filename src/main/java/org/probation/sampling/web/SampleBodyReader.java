package org.probation.sampling.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.probation.sampling.model.CheckedSamples;
import org.probation.validation.InvalidInputException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a {@code POST /api/v1/samples} body token by token straight into a {@link CheckedSamples}, instead of binding a
 * thousand sample objects first: ingest's hottest step (README "Performance"). It is as strict as the application's
 * JSON binding (the parser comes from its {@code ObjectMapper}: duplicate keys, size and nesting limits), refuses the
 * document's shape at the first fault as binding would, and within the samples reports every field at fault at once,
 * a value of the wrong JSON type included.
 */
final class SampleBodyReader {

    private SampleBodyReader() {
    }

    /**
     * @return whether the body had a {@code samples} array (the batch holds its items)
     * @throws IOException malformed JSON or over a parser limit
     * @throws InvalidInputException a field the body may not have ({@code extra}), or {@code samples} not an array
     */
    static boolean read(JsonParser parser, CheckedSamples batch, int maxBatch) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.START_OBJECT) {
            throw MismatchedInputException.from(parser, SampleResource.SampleBatch.class,
                    "expected an object with a samples array, not " + token.asString());
        }
        boolean samples = false;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            token = parser.nextToken();
            if (!field.equals("samples")) {
                throw new InvalidInputException(field, "unknown field");
            }
            if (token == JsonToken.START_ARRAY) {
                samples = true;
                items(parser, batch, maxBatch);
            } else if (token != JsonToken.VALUE_NULL) {
                throw new InvalidInputException("samples", "must be an array of sample objects");
            }
        }
        if (parser.nextToken() != null) {
            throw MismatchedInputException.from(parser, SampleResource.SampleBatch.class,
                    "Trailing token (of type " + parser.currentToken() + ") found after value");
        }
        return samples;
    }

    /** The items of {@code samples}; past {@code maxBatch} they are only counted, for the refusal to say how many. */
    private static void items(JsonParser parser, CheckedSamples batch, int maxBatch) throws IOException {
        int items = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (++items > maxBatch) {
                parser.skipChildren();
                batch.countUnread();
            } else if (token == JsonToken.START_OBJECT) {
                sample(parser, batch);
            } else {
                parser.skipChildren();
                batch.notASample();
            }
        }
    }

    private static void sample(JsonParser parser, CheckedSamples batch) throws IOException {
        String account = null;
        String metric = null;
        String at = null;
        Double value = null;
        Map<String, String> unreadable = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            String problem = null;
            switch (field) {
                case "account" -> {
                    account = text(parser, token);
                    problem = account == null && token.isStructStart() ? "must be a string" : null;
                }
                case "metric" -> {
                    metric = text(parser, token);
                    problem = metric == null && token.isStructStart() ? "must be a string" : null;
                }
                case "at" -> {
                    at = text(parser, token);
                    problem = at == null && token.isStructStart() ? "must be a string" : null;
                }
                case "value" -> {
                    if (token.isNumeric()) {
                        value = parser.getDoubleValue();
                    } else if (token != JsonToken.VALUE_NULL) {
                        problem = "must be a number";
                    }
                }
                default -> problem = "unknown field";
            }
            if (problem != null) {
                parser.skipChildren();
                if (unreadable == null) {
                    unreadable = new LinkedHashMap<>();
                }
                unreadable.put(field, problem);
            }
        }
        batch.add(account, metric, at, value, unreadable);
    }

    /** As JSON binding reads text: a string, or a number's or boolean's own text; {@code null} for anything else. */
    private static String text(JsonParser parser, JsonToken token) throws IOException {
        return token.isScalarValue() && token != JsonToken.VALUE_NULL ? parser.getValueAsString() : null;
    }
}
