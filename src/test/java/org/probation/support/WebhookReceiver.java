package org.probation.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP endpoint that records webhook calls. Answers are scripted per account (found in the JSON body), so
 * calls for other tests' incidents get a plain 204 and never consume a script.
 */
public final class WebhookReceiver {

    /** A call as received; {@code headers} has every request header, names in lower case, first value each. */
    public record Call(String signature, String delivery, String body, Map<String, String> headers) {
    }

    /** A scripted answer: an HTTP status, or {@code HANG} to never answer within the client's timeout. */
    public static final int HANG = -1;

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedDeque<Integer>> scripts = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach(
                    (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            calls.add(new Call(exchange.getRequestHeaders().getFirst("X-Probation-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Probation-Delivery"), body, headers));
            int status = scripted(body);
            if (status == HANG) {
                try {
                    released.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void script(String account, Integer... answers) {
        scripts.put(account, new ConcurrentLinkedDeque<>(List.of(answers)));
    }

    public List<Call> callsFor(String account) {
        return calls.stream().filter(call -> call.body().contains("\"account\":\"" + account + "\"")).toList();
    }

    public void stop() {
        released.countDown();
        server.stop(0);
    }

    private int scripted(String body) {
        for (var entry : scripts.entrySet()) {
            if (body.contains("\"account\":\"" + entry.getKey() + "\"")) {
                Integer next = entry.getValue().poll();
                return next == null ? 204 : next;
            }
        }
        return 204;
    }
}
