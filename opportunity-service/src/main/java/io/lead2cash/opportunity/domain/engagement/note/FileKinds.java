package io.lead2cash.opportunity.domain.engagement.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file a note may carry, each recognised by its first bytes: a declared content type is believed only
 * when the bytes say the same, so a program cannot be stored as a PDF and served back as one.
 */
public final class FileKinds {

    /** The content types accepted, in the order they are tried. */
    public static final List<String> ACCEPTED = List.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "application/zip", "text/plain", "text/csv");

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileKinds() {
    }

    /** The content type the first bytes of a file show, if it is one of the accepted kinds. */
    public static Optional<String> of(byte[] head, int length) {
        byte[] bytes = Arrays.copyOf(head, length);
        if (startsWith(bytes, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, GIF)) {
            return Optional.of("image/gif");
        }
        if (startsWith(bytes, ZIP)) {
            // Word, Excel and PowerPoint files are zip containers too.
            return Optional.of("application/zip");
        }
        return text(bytes) ? Optional.of("text/plain") : Optional.empty();
    }

    /** Whether a file whose bytes show {@code detected} may be stored as {@code declared}. */
    public static boolean agree(String declared, String detected) {
        if (declared.equals(detected)) {
            return true;
        }
        return "text/plain".equals(detected) && "text/csv".equals(declared)
                || "application/zip".equals(detected) && declared.startsWith("application/vnd.openxmlformats-officedocument.");
    }

    /** Text: UTF-8 without NUL or other control characters than tab, line feed, carriage return and form feed. */
    private static boolean text(byte[] bytes) {
        // The head may end inside a multi-byte character: ignore up to three trailing bytes of it.
        for (int cut = 0; cut <= Math.min(3, bytes.length); cut++) {
            if (utf8(Arrays.copyOf(bytes, bytes.length - cut))) {
                for (byte b : bytes) {
                    if (b >= 0 && b < 32 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                        return false;
                    }
                }
                return bytes.length > 0;
            }
        }
        return false;
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
