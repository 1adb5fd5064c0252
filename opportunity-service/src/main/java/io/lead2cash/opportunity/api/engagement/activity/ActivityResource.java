package io.lead2cash.opportunity.api.engagement.activity;

import io.lead2cash.platform.api.answer.RecordAnswers;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.events.opportunities.ActivityState;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.platform.api.AssignRequest;
import io.lead2cash.opportunity.domain.engagement.activity.Activity;
import io.lead2cash.opportunity.domain.engagement.activity.ActivityService;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
import io.lead2cash.platform.api.paging.QueryParameters;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Activities: tasks, phone calls, appointments and logged e-mails regarding any record; create, change, complete, cancel. */
@Path("/api/activities")
@Tag(name = "Activities")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class ActivityResource {
    private static final RecordAnswers<Activity, ActivityView> answer = RecordAnswers.showing(ActivityMapper::view);

    static final String SORT_FIELDS = "createdAt,dueAt,scheduledStart";

    @Inject ActivityService activities;

    @GET
    @Operation(summary = "List the activities you may see",
            description = "Your own and your team's, and those of deals you may see. dueBefore compares "
                    + "the due time of tasks and calls and the start of appointments.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<ActivityView> list(@Valid @BeanParam PageParams page,
            @QueryParam("regardingOpportunityId") UUID regardingOpportunityId,
            @QueryParam("regardingId") @Parameter(description = "The record the activities regard") UUID regardingId,
            @QueryParam("ownerId") String ownerId,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = io.lead2cash.events.opportunities.ActivityType.class)) String type, @QueryParam("state") @Parameter(schema = @Schema(implementation = io.lead2cash.events.opportunities.ActivityState.class)) String state,
            @QueryParam("dueBefore") Instant dueBefore, @QueryParam("q") @Parameter(description = "Quick find: the records whose subject begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text) {
        var criteria = new ActivityService.Criteria(regardingOpportunityId, regardingId, ownerId,
                QueryParameters.enumValue("type", type, ActivityType.class),
                QueryParameters.enumValue("state", state, ActivityState.class), dueBefore, text);
        return Page.of(activities.search(criteria, page.toSort(SORT_FIELDS, "-createdAt")), page, ActivityMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an activity")
    public RestResponse<ActivityView> get(@PathParam("id") UUID id) {
        return answer.ok(activities.get(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Create a task, phone call, appointment or logged e-mail regarding a record",
            description = "Regarding a lead, account, contact, opportunity (open), quote, order or invoice the caller "
                    + "may add to (regardingType and regardingId; 400 naming regardingId when there is none, 403 when "
                    + "the caller may not). Owned by the caller. Tasks start NOT_STARTED, calls OPEN, appointments "
                    + "SCHEDULED (BUSY); an e-mail is logged completed, SENT or RECEIVED by its direction (nothing is sent).")
    public RestResponse<ActivityView> create(@Valid @NotNull(message = "is required") ActivityRequest r, @Context UriInfo uri) {
        Activity activity = activities.create(r.type(), ActivityMapper.regardingType(r), ActivityMapper.regardingId(r),
                r.regardingOpportunityId() != null ? "regardingOpportunityId" : "regardingId", ActivityMapper.details(r));
        return Responses.created(uri, activity.id, ActivityMapper.view(activity), activity.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace an open activity's details and open status", description = "Needs If-Match.")
    public RestResponse<ActivityView> update(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") ActivityChangeRequest r) {
        return answer.ok(activities.update(id, ETags.required(ifMatch), ActivityMapper.details(r), r.statusReason()));
    }

    @POST
    @Path("{id}/assign")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Give an open activity to another owner and team")
    public RestResponse<ActivityView> assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") AssignRequest body) {
        return answer.ok(activities.assign(id, ETags.optional(ifMatch), body.ownerId().trim(), body.owningTeam()));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Complete an activity (read-only from then on)")
    public RestResponse<ActivityView> complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = false) @Valid CompleteActivityRequest body) {
        return answer.ok(activities.complete(id, ETags.optional(ifMatch), body == null ? null : body.statusReason()));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Cancel an activity (read-only from then on)")
    public RestResponse<ActivityView> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(activities.cancel(id, ETags.optional(ifMatch)));
    }

}
