package io.lead2cash.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An OpenID Connect provider the suite trusts instead of the development key, as its discovery document names it: the
 * issuer tokens must carry and the JWKS URL the services take their keys from (MP_JWT_VERIFY_ISSUER,
 * MP_JWT_VERIFY_PUBLICKEY_LOCATION).
 */
public record TrustedIdentityProvider(String issuer, String jwksUri) {

    /**
     * Reads {@code issuer}'s discovery document ({@code /.well-known/openid-configuration}); refuses one that names
     * another issuer (OpenID Connect Discovery 1.0, section 4.3) or no JWKS.
     */
    public static TrustedIdentityProvider discover(String issuer) {
        String location = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(location))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(location + " answered " + answer.statusCode());
            }
            JsonNode document = new ObjectMapper().readTree(answer.body());
            String named = document.path("issuer").asText("");
            String jwks = document.path("jwks_uri").asText("");
            if (!named.equals(issuer)) {
                throw new IllegalStateException(location + " names the issuer '" + named + "', not " + issuer);
            }
            URI keys = jwks.isBlank() ? null : URI.create(jwks);
            URI issuerUri = URI.create(named);
            boolean loopback = keys != null && ("localhost".equals(keys.getHost()) || "127.0.0.1".equals(keys.getHost()));
            if (keys == null || keys.getHost() == null || !keys.getHost().equals(issuerUri.getHost())
                    || !("https".equals(keys.getScheme()) || "http".equals(keys.getScheme()) && loopback)) {
                throw new IllegalStateException(location + " names the key set '" + jwks + "': it must be https (http only "
                        + "on this machine) on the issuer's host");
            }
            return new TrustedIdentityProvider(named, jwks);
        } catch (IOException e) {
            throw new IllegalStateException("The identity provider's discovery document " + location
                    + " could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
