package io.lead2cash.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs development JWTs with an RSA key pair of this machine (kept under the data folder, never
 * committed). The services trust its public key through {@code mp.jwt.verify.publickey.location}, the
 * same setting that takes a real identity provider's key or JWKS URL.
 */
public final class DevTokens implements TokenSource {

    /** The issuer of development tokens; services check it ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://lead2cash.local/dev";

    /** The audience every token of the suite names: its API ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "lead2cash-api";

    private final KeyPair keys;

    private DevTokens(KeyPair keys) {
        this.keys = keys;
    }

    /** A fresh key pair held in memory, for tests. */
    public static DevTokens generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new DevTokens(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key pair in {@code directory} (private.pem, public.pem), created on first use. */
    public static DevTokens inDirectory(Path directory) {
        Path privateFile = directory.resolve("private.pem");
        Path publicFile = directory.resolve("public.pem");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile)));
                return new DevTokens(new KeyPair(publicKey, privateKey));
            }
            DevTokens tokens = generate();
            Files.createDirectories(directory);
            Files.writeString(privateFile, pem("PRIVATE KEY", tokens.keys.getPrivate().getEncoded()));
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(publicFile, tokens.publicKeyPem());
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable key pair in " + directory + ": " + e.getMessage(), e);
        }
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    public PrivateKey privateKey() {
        return keys.getPrivate();
    }

    @Override
    public String issueFor(String audience, String user, List<String> roles, String team, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        if (audience != null) {
            claims.setAudience(audience);
        }
        claims.setSubject(user);
        claims.setClaim("upn", user);
        claims.setClaim("preferred_username", user);
        claims.setStringListClaim("groups", roles);
        if (team != null && !team.isBlank()) {
            claims.setClaim("team", team);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plus(lifetime).getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        return sign(claims, keys.getPrivate());
    }

    /** Signs arbitrary claims with the given key: tests use it for expired, foreign or odd tokens. */
    public static String sign(JwtClaims claims, PrivateKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readPem(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
