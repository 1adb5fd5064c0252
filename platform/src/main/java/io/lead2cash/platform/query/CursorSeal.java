package io.lead2cash.platform.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Seals a cursor's key values with an HMAC over them and the list they belong to. A cursor is not a secret (every page
 * is still filtered by the caller's access), but a changed or foreign one must be refused as the client's mistake
 * rather than turned into a query; the key ({@code lead2cash.paging.cursor-key}) must be the same on every replica.
 */
final class CursorSeal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 12;
    private static final String KEY = ConfigProvider.getConfig()
            .getOptionalValue("lead2cash.paging.cursor-key", String.class).orElse("lead2cash-list-cursor");

    private CursorSeal() {
    }

    static String seal(String list, List<String> values) {
        try {
            byte[] body = JSON.writeValueAsBytes(values);
            return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(mac(list, body));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot write a cursor", e);
        }
    }

    /** The values sealed in {@code token} for {@code list}, or null when it is malformed, changed or another list's. */
    static List<String> open(String token, String list) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return null;
        }
        try {
            byte[] body = DECODER.decode(token.substring(0, dot));
            byte[] seal = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(seal, mac(list, body))) {
                return null;
            }
            return JSON.readValue(body, new TypeReference<List<String>>() { });
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    private static byte[] mac(String list, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(list.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(body), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
