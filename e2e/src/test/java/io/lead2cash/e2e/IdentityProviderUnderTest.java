package io.lead2cash.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.Ports;
import io.lead2cash.devstack.TokenSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.OAuth2HttpRouterKt;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;

/**
 * The company's OpenID Connect provider as the suite under test meets it: a real server (discovery, JWKS, token
 * endpoint; {@code no.nav.security:mock-oauth2-server}) on a port of this machine, started once per test JVM. Callers
 * get their tokens from its token endpoint (client credentials), as an application would; its signing key can be
 * replaced while the suite runs.
 */
final class IdentityProviderUnderTest implements TokenSource {

    /** The realm of the provider the suite trusts; another realm of the same server is a foreign issuer. */
    static final String REALM = "lead2cash";

    /** How long verifiers may keep the provider's keys (its JWKS answer's Cache-Control), as real providers say. */
    static final Duration KEYS_CACHED_FOR = Duration.ofSeconds(2);

    private static IdentityProviderUnderTest started;

    private final int port = Ports.free();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private MockOAuth2Server server;
    private int keyGeneration;

    /** A token handed out before, and until when (and under which signing key) it may be handed out again. */
    private record Remembered(String token, long untilMillis, int keyGeneration) {
    }

    private IdentityProviderUnderTest() {
    }

    static synchronized IdentityProviderUnderTest get() {
        if (started == null) {
            IdentityProviderUnderTest provider = new IdentityProviderUnderTest();
            provider.startWithNewKey();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> provider.server.shutdown(), "identity-provider-stop"));
            started = provider;
        }
        return started;
    }

    /** The issuer the suite trusts (its discovery document is below it). */
    String issuer() {
        return server.issuerUrl(REALM).toString();
    }

    /**
     * Replaces the provider's signing key, as an administrator rotating it and removing the old one would: tokens it
     * signed before are no longer backed by its JWKS.
     */
    synchronized void replaceSigningKey() {
        server.shutdown();
        startWithNewKey();
    }

    @Override
    public String issueFor(String audience, String user, List<String> roles, String team, Duration lifetime) {
        String key = audience + "|" + user + "|" + roles + "|" + team + "|" + lifetime;
        Remembered known = remembered.get(key);
        synchronized (this) {
            if (known != null && known.untilMillis() > System.currentTimeMillis() && known.keyGeneration() == keyGeneration) {
                return known.token();
            }
            String token = fresh(REALM, audience, user, roles, team, lifetime);
            if (lifetime.toMinutes() >= 2) {
                // Like any client, callers reuse a token until shortly before it expires.
                remembered.put(key, new Remembered(token,
                        System.currentTimeMillis() + lifetime.minusMinutes(1).toMillis(), keyGeneration));
            }
            return token;
        }
    }

    /** A token never handed out before, from this provider's realm or another one ({@code realm}). */
    synchronized String fresh(String realm, String audience, String user, List<String> roles, String team,
            Duration lifetime) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("upn", user);
        claims.put("preferred_username", user);
        claims.put("groups", roles);
        if (team != null && !team.isBlank()) {
            claims.put("team", team);
        }
        server.enqueueCallback(new DefaultOAuth2TokenCallback(realm, user, "JWT",
                audience == null ? List.of() : List.of(audience), claims, lifetime.toSeconds()));
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&client_secret=e2e-secret";
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.tokenEndpointUrl(realm).toString()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The token endpoint answered " + answer.statusCode() + ": " + answer.body());
            }
            return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("No token from the identity provider: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void startWithNewKey() {
        // A freshly generated key: the library's default keys ship inside its jar, so anyone could sign with them.
        OAuth2Config config = new OAuth2Config(false, null, null, false,
                new OAuth2TokenProvider(new KeyProvider(List.of())), java.util.Set.of());
        MockOAuth2Server fresh = new MockOAuth2Server(config, jwksWithCacheLifetime(config));
        fresh.start(port);
        server = fresh;
        keyGeneration++;
    }

    /** The realm's JWKS as the provider publishes it, saying how long it may be cached (Cache-Control: max-age). */
    private static Route jwksWithCacheLifetime(OAuth2Config config) {
        return OAuth2HttpRouterKt.get("/" + REALM + "/jwks", request -> new OAuth2HttpResponse(
                Headers.of("Content-Type", "application/json", "Cache-Control", "max-age=" + KEYS_CACHED_FOR.toSeconds()),
                200, config.getTokenProvider().publicJwkSet(REALM).toString(), null));
    }
}
