package org.probation.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.h2.tools.Server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A database the test can make unreachable and bring back, without touching the machine's PostgreSQL: an H2 TCP
 * server behind a TCP proxy. {@link #cut()} drops every connection and refuses new ones, as a network partition or a
 * stopped database server would; {@link #restore()} lets connections through again.
 */
public class CuttableDatabase implements QuarkusTestResourceLifecycleManager {

    private static volatile boolean cut;
    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();

    private Server h2;
    private ServerSocket proxy;

    public static void cut() {
        cut = true;
        for (Socket socket : OPEN) {
            close(socket);
        }
    }

    public static void restore() {
        cut = false;
    }

    @Override
    public Map<String, String> start() {
        try {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        int target = h2.getPort();
        Thread acceptor = new Thread(() -> accept(target), "cuttable-database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:tcp://127.0.0.1:" + proxy.getLocalPort()
                + "/mem:probation-cuttable;DB_CLOSE_DELAY=-1");
    }

    @Override
    public void stop() {
        close(proxy);
        OPEN.forEach(CuttableDatabase::close);
        if (h2 != null) {
            h2.stop();
        }
        cut = false;
    }

    private void accept(int target) {
        while (!proxy.isClosed()) {
            Socket client;
            try {
                client = proxy.accept();
            } catch (IOException e) {
                return;
            }
            if (cut) {
                close(client);
                continue;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                OPEN.add(client);
                OPEN.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                close(client);
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // Cut or closed: close both ends below.
            } finally {
                close(from);
                close(to);
            }
        }, "cuttable-database-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        if (closeable instanceof Socket socket) {
            OPEN.remove(socket);
        }
    }
}
