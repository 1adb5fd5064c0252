package io.lead2cash.opportunity.api.engagement.timeline;

import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.opportunity.domain.engagement.note.Note;
import io.lead2cash.opportunity.domain.engagement.note.NoteAttachments;
import io.lead2cash.opportunity.domain.engagement.note.NoteService;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Notes (added at /api/{collection}/{id}/notes): read one, attach its file, download the file. */
@Path("/api/notes")
@Tag(name = "Timelines and notes")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
public class NoteResource {

    private static final String FILE = "application/octet-stream";

    @Inject NoteService notes;
    @Inject NoteAttachments attachments;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a note")
    public RestResponse<NoteView> get(@PathParam("id") UUID id) {
        Note note = notes.get(id);
        return Responses.ok(TimelineMapper.view(note), note.version);
    }

    @PUT
    @Path("{id}/attachment")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "attachNoteFile", summary = "Attach a file to a note (one per note)",
            description = "The body is the file's bytes, received whole before the note is touched, then streamed into the "
                    + "database; Content-Type says what it is and "
                    + "must agree with its first bytes (PDF, PNG, JPEG, GIF, zip-based Office files, plain text or CSV: "
                    + "415 otherwise). At most 10 MB by default (413). 409 when the note has a file already.")
    @RequestBody(content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10_485_760,
                    description = "The file's bytes, at most 10 MB by default")))
    public RestResponse<NoteView> attach(@PathParam("id") UUID id,
            @QueryParam("fileName") @NotBlank(message = "is required") @Size(max = 255)
            @Pattern(regexp = "[^/\\\\\"\\p{Cntrl}]+", message = "must be a file name without path, quotes or control characters")
            @Parameter(description = "The file's name, as it is offered back on download") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, java.nio.file.Path body) throws IOException {
        // The body is in a file of its own before the note is touched: a client trickling its upload holds one of the
        // worker threads while it arrives, but no database connection and no lock.
        if (contentType == null || contentType.isBlank()) {
            throw ProblemException.invalid("Content-Type", "is required: the file's media type, e.g. application/pdf");
        }
        String declared = contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        Note note;
        try (InputStream file = Files.newInputStream(body)) {
            note = notes.attach(id, fileName.trim(), declared, file);
        } finally {
            Files.deleteIfExists(body);
        }
        return Responses.ok(TimelineMapper.view(note), note.version);
    }

    @GET
    @Path("{id}/attachment")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadNoteFile", summary = "Download a note's file, streamed as it was stored")
    @APIResponse(responseCode = "200", description = "The file, with its checked content type",
            content = @Content(mediaType = FILE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") UUID id) {
        Note note = notes.get(id);
        if (!note.hasAttachment()) {
            throw ProblemException.notFound("file on note", id);
        }
        StreamingOutput stream = out -> attachments.copy(id, out);
        return Responses.download(stream, note.mimeType, note.fileName, note.fileSize, note.version);
    }
}
