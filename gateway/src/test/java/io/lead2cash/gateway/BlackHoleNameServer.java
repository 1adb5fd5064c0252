package io.lead2cash.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A name server that counts the queries it receives and answers none, as a broken or lossy DNS does: any call
 * whose path needs a look-up waits for the resolver's time-out. The gateway's resolver is pointed at it.
 */
public class BlackHoleNameServer implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger QUERIES = new AtomicInteger();

    private DatagramSocket socket;

    @Override
    public Map<String, String> start() {
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
        Thread listener = new Thread(() -> {
            byte[] buffer = new byte[512];
            while (!socket.isClosed()) {
                try {
                    socket.receive(new DatagramPacket(buffer, buffer.length));
                    QUERIES.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "black-hole-dns");
        listener.setDaemon(true);
        listener.start();
        return Map.of("quarkus.vertx.resolver.servers", "127.0.0.1:" + socket.getLocalPort());
    }

    @Override
    public void stop() {
        if (socket != null) {
            socket.close();
        }
    }
}
