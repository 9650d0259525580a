package org.probation.sampling.prometheus;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probation.sampling.prometheus.PrometheusException.Rejected;
import org.probation.sampling.prometheus.PrometheusException.Unavailable;
import org.probation.sampling.prometheus.model.Series;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The instant-query endpoint of the Prometheus HTTP API ({@code GET /api/v1/query?query=…&time=…}). The JDK's HTTP
 * client and Jackson's tree model need no reflection, so this works unchanged in a native image.
 */
final class PrometheusApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DETAIL_LENGTH = 300;

    private final HttpClient http;
    private final URI queryEndpoint;
    private final Duration timeout;
    private final Optional<String> authorization;

    /** @param authorization the whole {@code Authorization} header value, if any */
    PrometheusApi(URI base, Duration timeout, Optional<String> authorization) {
        String text = base.toString();
        this.queryEndpoint = URI.create((text.endsWith("/") ? text : text + "/") + "api/v1/query");
        this.timeout = timeout;
        this.authorization = authorization;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    URI queryEndpoint() {
        return queryEndpoint;
    }

    /** The instant vector {@code promql} evaluates to at {@code time}. */
    List<Series> instantQuery(String promql, Instant time) throws PrometheusException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(queryEndpoint + "?query=" + encode(promql)
                + "&time=" + encode(time.toString()))).timeout(timeout).header("Accept", "application/json").GET();
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Unavailable("cannot reach " + queryEndpoint + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while querying " + queryEndpoint, e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return vector(response.body());
        }
        String message = "HTTP " + status + " from " + queryEndpoint + errorDetail(response.body());
        if (status == 429 || status >= 500) {
            throw new Unavailable(message, null);
        }
        throw new Rejected(message, null);
    }

    /** The series of a successful response; anything but an instant vector is refused. */
    static List<Series> vector(byte[] body) throws Rejected {
        JsonNode root = parse(body);
        if (!"success".equals(root.path("status").asText())) {
            throw new Rejected("Prometheus answered without success" + errorDetail(body), null);
        }
        String type = root.path("data").path("resultType").asText();
        if (!"vector".equals(type)) {
            throw new Rejected("the query must return an instant vector (one series per account), not '" + type
                    + "'", null);
        }
        List<Series> vector = new ArrayList<>();
        for (JsonNode result : root.path("data").path("result")) {
            JsonNode value = result.path("value");
            if (!result.path("metric").isObject() || !value.isArray() || value.size() != 2) {
                throw new Rejected("not a Prometheus instant vector: " + shorten(result.toString()), null);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            result.path("metric").fields().forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
            vector.add(new Series(labels, value.get(1).asText()));
        }
        return vector;
    }

    private static JsonNode parse(byte[] body) throws Rejected {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new Rejected("not a Prometheus API response: " + shorten(new String(body, StandardCharsets.UTF_8)), null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new Rejected("not a Prometheus API response (not JSON): "
                    + shorten(new String(body, StandardCharsets.UTF_8)), e);
        } catch (IOException e) {
            throw new Rejected("unreadable response: " + e.getMessage(), e);
        }
    }

    /** Prometheus' own {@code errorType: error} when the body has one, else the start of the body. */
    private static String errorDetail(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.hasNonNull("error")) {
                return ": " + root.path("errorType").asText("error") + ": " + shorten(root.path("error").asText());
            }
        } catch (IOException e) {
            // not JSON: a proxy's page, shown as it is
        }
        return ": " + shorten(new String(body, StandardCharsets.UTF_8));
    }

    private static String describe(Throwable error) {
        // The JDK's client often wraps the telling exception ("Connection refused") in one without a message.
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                return cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= DETAIL_LENGTH ? line : line.substring(0, DETAIL_LENGTH) + "…";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
