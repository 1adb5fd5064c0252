package io.lead2cash.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The suite trusts a provider only as its own discovery document names it, and only a key set it can trust. */
class TrustedIdentityProviderTest {

    private HttpServer server;
    private String issuer;
    private volatile String document;

    @BeforeEach
    void serveADiscoveryDocument() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/realm/.well-known/openid-configuration", exchange -> {
            byte[] body = document.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        issuer = "http://localhost:" + server.getAddress().getPort() + "/realm";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void names(String namedIssuer, String jwksUri) {
        document = "{\"issuer\": \"" + namedIssuer + "\", \"jwks_uri\": \"" + jwksUri + "\"}";
    }

    @Test
    void theIssuerAndKeySetAreTakenFromTheDiscoveryDocument() {
        names(issuer, issuer + "/jwks");
        assertThat(TrustedIdentityProvider.discover(issuer)).isEqualTo(new TrustedIdentityProvider(issuer, issuer + "/jwks"));
    }

    @Test
    void aDocumentNamingAnotherIssuerIsRefused() {
        names("https://idp.elsewhere.example/realm", issuer + "/jwks");
        assertThatThrownBy(() -> TrustedIdentityProvider.discover(issuer)).hasMessageContaining("names the issuer");
    }

    @Test
    void aKeySetElsewhereOrNotOverHttpsIsRefused() {
        for (String keys : new String[] {"https://keys.elsewhere.example/jwks", "file:///etc/keys.json", "",
                "http://example.com/jwks"}) {
            names(issuer, keys);
            assertThatThrownBy(() -> TrustedIdentityProvider.discover(issuer)).as(keys).hasMessageContaining("key set");
        }
    }
}
