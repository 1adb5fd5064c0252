package io.lead2cash.opportunity.domain.engagement.note;

import io.agroal.api.AgroalDataSource;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of note attachments, in PostgreSQL as chunks of 256 KiB: written as the upload arrives and read back as the
 * download leaves, so neither ever holds more than one chunk in memory, whatever the file's size.
 */
@ApplicationScoped
public class NoteAttachments {

    static final int CHUNK = 256 * 1024;

    @Inject EntityManager entityManager;
    @Inject AgroalDataSource dataSource;

    @ConfigProperty(name = "lead2cash.notes.max-attachment-bytes", defaultValue = "10485760")
    long maxBytes;

    /** What was stored: the content type the bytes showed and their number. */
    public record Stored(String mimeType, long size) {
    }

    /** Deletes the note's file, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID noteId) {
        entityManager.createNativeQuery("DELETE FROM note_attachment_chunk WHERE note_id = ?1").setParameter(1, noteId)
                .executeUpdate();
    }

    /**
     * Stores the upload in the caller's transaction: 415 unless its first bytes show one of the accepted kinds and it
     * agrees with {@code declaredType}; 413 beyond the configured size (the transaction then keeps nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stored store(UUID noteId, String declaredType, InputStream body) {
        byte[] chunk = new byte[CHUNK];
        int length = read(body, chunk);
        if (length == 0) {
            throw ProblemException.invalid("body", "is empty: send the file's bytes");
        }
        String detected = FileKinds.of(chunk, Math.min(length, 4096)).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file is none of the accepted kinds " + FileKinds.ACCEPTED
                        + " (its first bytes were checked)"));
        if (!FileKinds.agree(declaredType, detected)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type says " + declaredType
                    + " but the bytes are " + detected);
        }
        long size = 0;
        int sequence = 0;
        while (length > 0) {
            size += length;
            if (size > maxBytes) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An attachment may have at most " + maxBytes
                        + " bytes");
            }
            byte[] data = length == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, length);
            entityManager.createNativeQuery("INSERT INTO note_attachment_chunk (note_id, sequence, data) VALUES (?1, ?2, ?3)")
                    .setParameter(1, noteId).setParameter(2, sequence++).setParameter(3, data).executeUpdate();
            length = read(body, chunk);
        }
        return new Stored(declaredType, size);
    }

    /** Writes the attachment's bytes to {@code out} chunk by chunk, on a connection of its own (after the request's). */
    public void copy(UUID noteId, OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT data FROM note_attachment_chunk WHERE note_id = ? ORDER BY sequence")) {
                // One row per fetch: PostgreSQL streams the chunks through a cursor instead of sending them all at once.
                select.setFetchSize(1);
                select.setObject(1, noteId);
                try (ResultSet chunks = select.executeQuery()) {
                    while (chunks.next()) {
                        out.write(chunks.getBytes(1));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the attachment of note " + noteId, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The client left while the attachment of note " + noteId + " was sent", e);
        }
    }

    private static int read(InputStream body, byte[] chunk) {
        try {
            return body.readNBytes(chunk, 0, chunk.length);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "could not be read to its end: " + e.getMessage());
        }
    }
}
