package io.lead2cash.opportunity.domain.engagement.note;

import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.engagement.regarding.Regarded;
import io.lead2cash.opportunity.domain.engagement.regarding.RegardedRecords;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import io.lead2cash.opportunity.domain.quote.QuoteDiscarded;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Notes on any record and their attachments: added by whoever may add to the record, read by whoever may read it. */
@ApplicationScoped
public class NoteService {

    private static final Logger LOG = Logger.getLogger(NoteService.class);

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject RegardedRecords regarding;
    @Inject NoteAttachments attachments;

    /** Adds a note to a record: 404 for an unknown record, 403 when the caller may not add to it. */
    @Transactional
    public Note add(RegardingType type, UUID recordId, String subject, String text) {
        regarding.readable(type, recordId);
        Regarded regarded = regarding.addableTo(type, recordId, "id");
        Note note = Note.create(regarded, subject, text, user);
        note.persist();
        outbox.append(note.created());
        LOG.infof("%s added note %s to %s %s", user.id(), note.id, type, recordId);
        return note;
    }

    /** A draft quote is deleted: its notes and their files go with it (NoteDeleted each), in the deleting transaction. */
    void quoteDiscarded(@Observes QuoteDiscarded discarded) {
        for (Note note : Note.<Note>list("regardingType = ?1 and regardingId = ?2", RegardingType.QUOTE,
                discarded.quoteId())) {
            attachments.delete(note.id);
            outbox.append(note.deleted());
            note.delete();
            LOG.infof("Note %s deleted with draft quote %s", note.id, discarded.quoteId());
        }
    }

    /**
     * The note, if the caller may read the record it regards: a note follows its record (Dataverse's parental
     * cascade), whoever wrote it; its author's team gets nothing from it.
     */
    public Note get(UUID id) {
        Note note = Note.<Note>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("note", id));
        if (!regarding.find(note.regardingType, note.regardingId).map(regarding::canRead).orElse(false)) {
            throw ProblemException.forbidden("This note regards a " + note.regardingType.name().toLowerCase()
                    + " you may not see");
        }
        return note;
    }

    /**
     * Attaches a file to a note on a record the caller may add to, streamed into the database; the note row is locked
     * so two uploads cannot both attach.
     */
    @Transactional
    public Note attach(UUID id, String fileName, String declaredType, InputStream body) {
        Note note = get(id);
        if (!regarding.find(note.regardingType, note.regardingId).map(regarding::canAddTo).orElse(false)) {
            throw ProblemException.forbidden("Only who may add to the " + note.regardingType.name().toLowerCase()
                    + " may attach files to its notes");
        }
        Note locked = Note.findById(id, LockModeType.PESSIMISTIC_WRITE);
        locked.requireNoAttachment();
        NoteAttachments.Stored stored = attachments.store(id, declaredType, body);
        outbox.appendChange(locked, locked.attached(fileName, stored.mimeType(), stored.size()));
        LOG.infof("%s attached %s (%s, %d bytes) to note %s", user.id(), fileName, stored.mimeType(), stored.size(), id);
        return locked;
    }
}
