package io.lead2cash.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A key pair and a self-signed certificate for {@code localhost} (and 127.0.0.1), made once with the running JDK's
 * keytool: as a PKCS12 key store and trust store for Java servers and clients, and as PEM files for PostgreSQL.
 * Clients verify the host name against it, as they would a real server's.
 */
public final class LocalCertificate {

    private static final String PASSWORD_VARIABLE = "LEAD2CASH_STORE_PASSWORD";

    private final Path directory;
    private final String storePassword;

    private LocalCertificate(Path directory, String storePassword) {
        this.directory = directory;
        this.storePassword = storePassword;
    }

    /** The certificate in {@code directory}, made there (owner-readable only) unless it exists. */
    public static LocalCertificate inDirectory(Path directory, String storePassword) {
        LocalCertificate certificate = new LocalCertificate(directory, storePassword);
        try {
            if (!Files.exists(certificate.keyStore())) {
                Files.createDirectories(directory);
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
                certificate.make();
            }
            return certificate;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a certificate for localhost in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The key pair and certificate, PKCS12. */
    public Path keyStore() {
        return directory.resolve("localhost.p12");
    }

    /** The certificate alone, PKCS12: what a Java client trusts. */
    public Path trustStore() {
        return directory.resolve("truststore.p12");
    }

    /** The certificate, PEM: what a libpq or JDBC client names as {@code sslrootcert}, and PostgreSQL's {@code ssl_cert_file}. */
    public Path certificatePem() {
        return directory.resolve("localhost.crt");
    }

    /** The private key, PEM (PKCS#8), readable by its owner only: PostgreSQL's {@code ssl_key_file}. */
    public Path privateKeyPem() {
        return directory.resolve("localhost.key");
    }

    public String storePassword() {
        return storePassword;
    }

    private void make() throws IOException, GeneralSecurityException {
        keytool("-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
                "-dname", "CN=localhost, O=Lead2Cash devstack", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", keyStore().toString(), "-storetype", "PKCS12", "-storepass:env", PASSWORD_VARIABLE);
        keytool("-exportcert", "-rfc", "-alias", "localhost", "-keystore", keyStore().toString(),
                "-storepass:env", PASSWORD_VARIABLE, "-file", certificatePem().toString());
        keytool("-importcert", "-noprompt", "-alias", "localhost", "-file", certificatePem().toString(),
                "-keystore", trustStore().toString(), "-storetype", "PKCS12", "-storepass:env", PASSWORD_VARIABLE);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore())) {
            store.load(in, storePassword.toCharArray());
        }
        Key key = store.getKey("localhost", storePassword.toCharArray());
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(privateKeyPem(), "");
        Files.setPosixFilePermissions(privateKeyPem(), PosixFilePermissions.fromString("rw-------"));
        Files.writeString(privateKeyPem(), pem);
    }

    /** The store password reaches keytool through its environment, never its command line (which {@code ps} shows). */
    private void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, storePassword);
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool " + arguments[0] + " failed: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
