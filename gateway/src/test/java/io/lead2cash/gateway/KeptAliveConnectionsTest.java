package io.lead2cash.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Calls through the edge need nothing but the service: no name server on the way (a lost DNS query held a call
 * for 5 s), no socket left behind per call, and a kept-alive connection goes on answering as long as it is used.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(BlackHoleNameServer.class)
class KeptAliveConnectionsTest {

    private static final int CALLS = 300;

    @Test
    void aKeptAliveConnectionAnswersEveryCallWithoutAskingANameServer() throws IOException {
        int queriesBefore = BlackHoleNameServer.QUERIES.get();
        String token = StubServices.token("kim", "sales-rep");
        try (Socket socket = connect()) {
            for (int i = 0; i < CALLS; i++) {
                assertThat(call(socket, "/api/leads/" + i, token)).as("call %d on one connection", i).isEqualTo(200);
            }
        }
        assertThat(BlackHoleNameServer.QUERIES.get() - queriesBefore).as("DNS queries sent").isZero();
    }

    @Test
    void callsOnNewConnectionsJourneysAndCallsWithoutATokenNeedNoNameServerEither() throws IOException {
        int queriesBefore = BlackHoleNameServer.QUERIES.get();
        String token = StubServices.token("lee", "sales-rep");
        for (int i = 0; i < 50; i++) {
            try (Socket socket = connect()) {
                assertThat(call(socket, "/api/contacts", token)).isEqualTo(200);
                assertThat(call(socket, "/api/contacts", null)).isEqualTo(401);
            }
        }
        try (Socket socket = connect()) {
            // A journey asks each service in turn with the gateway's own client.
            assertThat(call(socket, "/api/journeys/" + java.util.UUID.randomUUID(), token)).isEqualTo(200);
        }
        assertThat(BlackHoleNameServer.QUERIES.get() - queriesBefore).as("DNS queries sent").isZero();
    }

    @Test
    void callsLeaveNoSocketOrFileOpenBehindThem() throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(descriptors), "counts open descriptors through /proc (Linux)");
        String token = StubServices.token("max", "sales-rep");
        try (Socket socket = connect()) {
            call(socket, "/api/accounts", token);
        }
        long before = count(descriptors);
        try (Socket socket = connect()) {
            for (int i = 0; i < CALLS; i++) {
                assertThat(call(socket, "/api/accounts", token)).isEqualTo(200);
            }
        }
        // The proxy keeps a few pooled connections to the services; a leak would add one or more per call.
        assertThat(count(descriptors) - before).as("descriptors opened by %d calls and not closed", CALLS)
                .isLessThan(20);
    }

    private static long count(Path descriptors) throws IOException {
        try (Stream<Path> open = Files.list(descriptors)) {
            return open.count();
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        // A stalled call fails the test instead of hanging it; the slowest healthy call here takes milliseconds.
        socket.setSoTimeout(4000);
        return socket;
    }

    /** One HTTP/1.1 GET on the socket, kept alive; returns the status after reading the whole answer. */
    static int call(Socket socket, String path, String token) throws IOException {
        OutputStream out = socket.getOutputStream();
        String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        String status = line(in);
        int length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            }
            assertThat(lower).as("answers are sized, so the connection can carry the next one")
                    .doesNotStartWith("transfer-encoding: chunked");
        }
        assertThat(in.readNBytes(length)).hasSize(length);
        return Integer.parseInt(List.of(status.split(" ")).get(1));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
