package io.lead2cash.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of a secured devstack server (Kafka's logins, PostgreSQL's roles, their key stores), each made on first
 * use and kept in a properties file only its owner can read.
 */
final class DevSecrets {

    private final Path file;
    private final Properties secrets = new Properties();

    private DevSecrets(Path file) {
        this.file = file;
    }

    static DevSecrets inDirectory(Path directory) {
        DevSecrets secrets = new DevSecrets(directory.resolve("secrets.properties"));
        try {
            // Owner-only, whether made now or found looser (a copy, a changed umask).
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            if (Files.exists(secrets.file)) {
                Files.setPosixFilePermissions(secrets.file, PosixFilePermissions.fromString("rw-------"));
                try (InputStream in = Files.newInputStream(secrets.file)) {
                    secrets.secrets.load(in);
                }
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the passwords in " + directory, e);
        }
    }

    /** The password of a login or role, made and kept on first use. */
    synchronized String passwordOf(String name) {
        String key = "password." + name;
        if (secrets.getProperty(key) == null) {
            secrets.setProperty(key, randomSecret());
            save();
        }
        return secrets.getProperty(key);
    }

    /** The password of the key store that holds the server's certificate (and of its trust store). */
    String storePassword() {
        return passwordOf("key-store");
    }

    private void save() {
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                secrets.store(out, "Passwords of a secured devstack server");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the passwords in " + file, e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
