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

/** The passwords of a secured devstack PostgreSQL (its superuser's, each service role's), kept owner-readable on disk. */
final class PostgresRoles {

    private final Path file;
    private final Properties secrets = new Properties();

    private PostgresRoles(Path file) {
        this.file = file;
    }

    static PostgresRoles inDirectory(Path directory) {
        PostgresRoles roles = new PostgresRoles(directory.resolve("secrets.properties"));
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            if (Files.exists(roles.file)) {
                try (InputStream in = Files.newInputStream(roles.file)) {
                    roles.secrets.load(in);
                }
            }
            return roles;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read PostgreSQL's passwords in " + directory, e);
        }
    }

    /** The password of a role, made and kept on first use. */
    synchronized String passwordOf(String role) {
        String key = "password." + role;
        if (secrets.getProperty(key) == null) {
            secrets.setProperty(key, randomSecret());
            save();
        }
        return secrets.getProperty(key);
    }

    /** The password of the key store that holds the server's certificate. */
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
                secrets.store(out, "Passwords of the devstack PostgreSQL's roles");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep PostgreSQL's passwords in " + file, e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
