package io.lead2cash.gateway;

import static io.lead2cash.gateway.GatewayTest.caller;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.lead2cash.devstack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** The door itself: tokens checked at the edge, request ids and trace context, limits, failures as problem+json. */
@QuarkusTest
@WithTestResource(StubServices.class)
@io.quarkus.test.junit.TestProfile(StubServices.WithAGhost.class)
class EdgeTest {

    private static void refused(String authorization) {
        var request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.when().get("/api/leads").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("type", is("urn:lead2cash:problem:unauthenticated"))
                .body("$", not(hasKey("service")));
    }

    @Test
    void callsWithoutAValidTokenNeverReachAService() {
        refused(null);
        refused("Basic YWxpY2U6c2VjcmV0");
        refused("Bearer not-a-jwt");
        refused("Bearer " + DevTokens.generate().issue("mallory", List.of("admin"), null, Duration.ofMinutes(5)));
        refused("Bearer " + StubServices.TOKENS.issue("alice", List.of("sales-rep"), null, Duration.ofMinutes(-10)));
        JwtClaims foreign = new JwtClaims();
        foreign.setIssuer("https://elsewhere.example");
        foreign.setSubject("alice");
        foreign.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + 300));
        refused("Bearer " + DevTokens.sign(foreign, StubServices.TOKENS.privateKey()));
        refused("Bearer " + StubServices.TOKENS.issueFor("payroll-api", "alice", List.of("admin"), null, Duration.ofMinutes(5)));
        refused("Bearer " + StubServices.TOKENS.issueFor(null, "alice", List.of("admin"), null, Duration.ofMinutes(5)));
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        refused("Bearer " + url.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(("{\"iss\":\"" + DevTokens.ISSUER + "\",\"sub\":\"alice\",\"groups\":[\"admin\"],\"exp\":"
                + (System.currentTimeMillis() / 1000 + 300) + "}").getBytes(StandardCharsets.UTF_8)) + ".");
    }

    @Test
    void everyCallCarriesARequestIdAndTraceContextToTheServiceAndBack() {
        var response = caller().when().get("/api/leads").then().statusCode(200)
                .header("X-Request-Id", notNullValue())
                .header("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01")).extract();
        assertThat(response.path("requestId").toString()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.path("traceparent").toString()).isEqualTo(response.header("traceparent"));

        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        caller().header("X-Request-Id", "client-42").header("traceparent", trace).when().get("/api/leads").then()
                .header("X-Request-Id", "client-42").header("traceparent", trace)
                .body("requestId", is("client-42")).body("traceparent", is(trace));
        caller().header("X-Request-Id", "bad id with spaces").when().get("/api/leads").then()
                .header("X-Request-Id", not("bad id with spaces"));
    }

    @Test
    void aServiceThatIsDownOrSlowIsAnsweredQuicklyAsProblemJson() {
        long start = System.nanoTime();
        caller().when().get("/api/ghosts").then().statusCode(503).contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:unavailable")).body("detail", containsString("ghost-service"))
                .header("X-Request-Id", notNullValue());
        caller().when().get("/api/leads/slow").then().statusCode(504).contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:gateway-timeout")).time(lessThan(2500L), TimeUnit.MILLISECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aBodyAboveTheLimitIsRefusedBeforeItReachesTheService() {
        caller().contentType("application/json").body("{\"x\": \"" + "a".repeat(2000) + "\"}").when().post("/api/leads")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:payload-too-large"));
        caller().contentType("application/json").body("{\"x\": 1}").when().post("/api/leads").then().statusCode(200);
    }

    @Test
    void aChunkedBodyAboveTheLimitIsRefusedAsItArrivesAndNeverReachesTheService() throws Exception {
        StubServices.RECEIVED.clear();
        HttpResponse<String> refused = chunked("/api/leads/chunked", 2000);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("urn:lead2cash:problem:payload-too-large");
        HttpResponse<String> taken = chunked("/api/leads/chunked", 900);
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("\"bodyLength\":900");
        assertThat(StubServices.RECEIVED).containsOnlyOnce("/api/leads/chunked");
    }

    /** A POST whose body is sent in chunks, without a Content-Length. */
    private static HttpResponse<String> chunked(String path, int bytes) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest
                .newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + StubServices.token("carol", "sales-rep"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes]))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a POST's head declaring {@code length} bytes of body, and nothing of the body yet. */
    private static OutputStream beginUpload(Socket socket, String path, int length) throws java.io.IOException {
        return beginUpload(socket, "POST", path, length, "carol");
    }

    private static OutputStream beginUpload(Socket socket, String method, String path, int length, String caller)
            throws java.io.IOException {
        OutputStream out = socket.getOutputStream();
        out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + StubServices.token(caller, "sales-rep") + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return out;
    }

    @Test
    void aCallerLeavingBodiesUnfinishedGets429OnceItsShareIsHeldWhileOthersGoOn() throws Exception {
        try (Socket first = new Socket("localhost", RestAssured.port); Socket second = new Socket("localhost", RestAssured.port)) {
            second.setSoTimeout(10_000);
            beginUpload(first, "PUT", "/api/notes/1/attachment", 5000, "hoarder").write(new byte[4500]);
            first.getOutputStream().flush();
            Thread.sleep(300);
            OutputStream out = beginUpload(second, "PUT", "/api/notes/2/attachment", 5000, "hoarder");
            out.write(new byte[4000]);
            out.flush();
            String answer = new String(second.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 429").contains("Retry-After: 5")
                    .contains("urn:lead2cash:problem:too-many-requests");
            caller().contentType("application/pdf").body(new byte[3000]).when().put("/api/notes/3/attachment").then()
                    .statusCode(200);
        }
    }

    @Test
    void aSlowUploadReachesTheServiceOnlyOnceItIsWhole() throws Exception {
        StubServices.RECEIVED.clear();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = beginUpload(socket, "/api/leads/trickled", 500);
            out.write(new byte[200]);
            out.flush();
            Thread.sleep(1500);
            // Three fifths of the body in, a second and a half later: no service connection is held for it yet.
            assertThat(StubServices.RECEIVED).doesNotContain("/api/leads/trickled");
            out.write(new byte[300]);
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 200");
        }
        assertThat(StubServices.RECEIVED).containsOnlyOnce("/api/leads/trickled");
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsRefusedAndNeverReachesTheService() throws Exception {
        StubServices.RECEIVED.clear();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = beginUpload(socket, "/api/leads/stalled", 500);
            out.write(new byte[100]);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 408").contains("urn:lead2cash:problem:request-timeout");
        }
        assertThat(StubServices.RECEIVED).doesNotContain("/api/leads/stalled");
    }

    @Test
    void aConnectionTheServiceClosedIsNeverAnOutageForACallThatMayBeRepeated() {
        for (int i = 0; i < 10; i++) {
            caller().when().get("/api/leads/closes-reused-connections").then().statusCode(200);
            caller().header("Idempotency-Key", "closed-connection-" + i).contentType("application/json").body("{}")
                    .when().post("/api/leads/closes-reused-connections").then().statusCode(200);
        }
    }

    @Test
    void aNotesFileMayBeLargerThanAJsonBodyUpToItsOwnLimit() {
        caller().contentType("application/pdf").body(new byte[3000]).when().put("/api/notes/1/attachment").then()
                .statusCode(200);
        caller().contentType("application/pdf").body(new byte[6000]).when().put("/api/notes/1/attachment").then()
                .statusCode(413).body("detail", containsString("at most 5000"));
        caller().contentType("application/pdf").body(new byte[3000]).when().put("/api/notes/1").then().statusCode(413);
    }

    @Test
    void browsersFromAllowedOriginsMayCallAndReadTheHeadersTheyNeed() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/api/leads").then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        caller().header("Origin", "http://localhost:3000").when().get("/api/leads").then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        var foreign = caller().header("Origin", "https://evil.example").when().get("/api/leads").then().extract();
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void oneDocumentListsEveryServicesApiAndTheSwaggerUiOffersThemAll() {
        given().when().get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/leads-things")).body("paths", hasKey("/api/billing-things"))
                .body("components.schemas", hasKey("Money")).body("components.schemas", hasKey("billing.Money"))
                .body("paths.'/api/billing-things'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        is("#/components/schemas/billing.Money"))
                .body("servers[0].url", is("/"));
        given().when().get("/openapi/catalog").then().statusCode(200).body("paths", hasKey("/api/catalog-things"));
        given().when().get("/openapi/nothing").then().statusCode(404);
        given().when().get("/swagger-ui/").then().statusCode(200).body(containsString("/openapi/billing"));
        given().when().get("/openapi-ui/swagger-ui-bundle.js").then().statusCode(200);
    }
}
