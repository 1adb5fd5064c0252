package io.lead2cash.opportunity.domain.engagement.note;

import io.lead2cash.events.opportunities.NoteAttachmentAdded;
import io.lead2cash.events.opportunities.NoteCreated;
import io.lead2cash.events.opportunities.NoteData;
import io.lead2cash.events.opportunities.NoteDeleted;
import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.engagement.regarding.Regarded;
import io.lead2cash.platform.domain.OwnedEntity;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A note regarding a record (Dataverse's annotation): a subject, text and at most one attached file, whose bytes are
 * kept apart in chunks ({@link NoteAttachments}). Readable by whoever may read the record.
 */
@Entity
@Table(name = "note")
public class Note extends OwnedEntity {

    @Enumerated(EnumType.STRING)
    public RegardingType regardingType;

    public UUID regardingId;
    public UUID regardingOpportunityId;
    public String subject;
    public String text;
    public String fileName;
    public String mimeType;
    public Long fileSize;

    /** A new note on the record, owned by the caller. */
    public static Note create(Regarded regarding, String subject, String text, CurrentUser owner) {
        if ((subject == null || subject.isBlank()) && (text == null || text.isBlank())) {
            throw ProblemException.invalid("text", "or subject is required");
        }
        Note note = new Note();
        note.initialise(owner);
        note.regardingType = regarding.type();
        note.regardingId = regarding.id();
        note.regardingOpportunityId = regarding.opportunityId();
        note.subject = subject == null || subject.isBlank() ? null : subject.trim();
        note.text = text;
        return note;
    }

    public NoteCreated created() {
        return new NoteCreated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Takes the file just stored: one per note, as in Dataverse. */
    public NoteAttachmentAdded attached(String name, String type, long size) {
        requireNoAttachment();
        fileName = name;
        mimeType = type;
        fileSize = size;
        touch();
        return new NoteAttachmentAdded(UUID.randomUUID(), modifiedAt, data());
    }

    /** One file per note, as in Dataverse: 409 when it has one. */
    public void requireNoAttachment() {
        if (fileName != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Note " + id + " has a file already (" + fileName
                    + "); add another note for another file");
        }
    }

    /** The note (and its file) goes with the record it regarded (a deleted draft quote); the event carries it as it was. */
    public NoteDeleted deleted() {
        return new NoteDeleted(UUID.randomUUID(), now(), data());
    }

    public boolean hasAttachment() {
        return fileName != null;
    }

    public NoteData data() {
        return new NoteData(id, regardingType, regardingId, regardingOpportunityId, subject, text, fileName, mimeType,
                fileSize, ownerId, owningTeam, createdAt, modifiedAt);
    }
}
