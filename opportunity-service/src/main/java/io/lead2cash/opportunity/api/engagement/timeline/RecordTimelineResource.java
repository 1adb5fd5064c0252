package io.lead2cash.opportunity.api.engagement.timeline;

import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.engagement.note.Note;
import io.lead2cash.opportunity.domain.engagement.note.NoteService;
import io.lead2cash.opportunity.domain.engagement.timeline.Timelines;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The timeline and notes of records other services own (leads, accounts, contacts, orders, invoices): the gateway
 * routes /api/{collection}/{id}/timeline and /notes here. Opportunities and quotes have theirs beside their own
 * resources ({@link OpportunityTimelineResource}, {@link QuoteTimelineResource}).
 */
@Path("/api/{collection}/{id}")
@Tag(name = "Timelines and notes")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class RecordTimelineResource {

    static final String SORT_FIELDS = "createdAt";

    @Inject Timelines timelines;
    @Inject NoteService notes;

    @GET
    @Path("timeline")
    @Operation(operationId = "getTimeline", summary = "A record's timeline: its activities and notes, newest first",
            description = "For leads, accounts, contacts, opportunities, quotes, orders and invoices; whoever may read "
                    + "the record reads its timeline (404 for an unknown record, 403 for one the caller may not read). "
                    + "Cursor-paged: follow next.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<TimelineEntryView> timeline(@PathParam("collection") @Parameter(schema = @Schema(enumeration = {"leads",
            "accounts", "contacts", "orders", "invoices"})) String collection,
            @PathParam("id") UUID id, @Valid @BeanParam PageParams page) {
        return timeline(timelines, TimelineMapper.regardingType(collection), id, page);
    }

    @POST
    @ResponseStatus(201)
    @Path("notes")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "addNote", summary = "Add a note to a record",
            description = "Owned by the caller; attach a file to it next (PUT /api/notes/{id}/attachment). 404 for an "
                    + "unknown record, 403 when the caller may not add to it.")
    public RestResponse<NoteView> addNote(@PathParam("collection") @Parameter(schema = @Schema(enumeration = {"leads", "accounts",
            "contacts", "orders", "invoices"})) String collection, @PathParam("id") UUID id,
            @Valid @NotNull(message = "is required") NoteRequest body, @Context UriInfo uri) {
        return addNote(notes, TimelineMapper.regardingType(collection), id, body, uri);
    }

    static Page<TimelineEntryView> timeline(Timelines timelines, RegardingType type, UUID id, PageParams page) {
        return Page.of(timelines.of(type, id, page.toSort(SORT_FIELDS, "-createdAt")), page, TimelineMapper::view);
    }

    static RestResponse<NoteView> addNote(NoteService notes, RegardingType type, UUID id, NoteRequest body, UriInfo uri) {
        Note note = notes.add(type, id, body.subject(), body.text());
        return Responses.createdIn(uri, "api/notes", note.id, TimelineMapper.view(note), note.version);
    }
}
