package io.lead2cash.opportunity.api.engagement.timeline;

import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.engagement.note.NoteService;
import io.lead2cash.opportunity.domain.engagement.timeline.Timelines;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A quote's timeline and notes, beside its other resources (the same as {@link RecordTimelineResource}'s). */
@Path("/api/quotes/{id}")
@Tag(name = "Timelines and notes")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class QuoteTimelineResource {

    @Inject Timelines timelines;
    @Inject NoteService notes;

    @GET
    @Path("timeline")
    @Operation(operationId = "getQuoteTimeline", summary = "A quote's timeline: its activities and notes, newest first",
            description = "Whoever may read the quote reads its timeline. Cursor-paged: follow next.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = RecordTimelineResource.SORT_FIELDS)
    public Page<TimelineEntryView> timeline(@PathParam("id") UUID id, @Valid @BeanParam PageParams page) {
        return RecordTimelineResource.timeline(timelines, RegardingType.QUOTE, id, page);
    }

    @POST
    @ResponseStatus(201)
    @Path("notes")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "addQuoteNote", summary = "Add a note to a quote",
            description = "Owned by the caller; attach a file to it next (PUT /api/notes/{id}/attachment).")
    public RestResponse<NoteView> addNote(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") NoteRequest body,
            @Context UriInfo uri) {
        return RecordTimelineResource.addNote(notes, RegardingType.QUOTE, id, body, uri);
    }
}
