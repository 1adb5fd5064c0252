package io.lead2cash.devstack.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The stack's own key for sealing list cursors: made once, random, kept beside the development keys. */
final class CursorKey {

    private CursorKey() {
    }

    static String of(Path keys) {
        Path file = keys.resolve("cursor.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String key = HexFormat.of().formatHex(random);
            Files.createDirectories(keys);
            Files.writeString(file, key + "\n");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the cursor key in " + file, e);
        }
    }
}
