package io.lead2cash.leads.api;

import io.lead2cash.platform.api.answer.Responses;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.platform.api.answer.RecordAnswers;
import io.lead2cash.leads.domain.Contact;
import io.lead2cash.leads.domain.CustomerService;
import io.lead2cash.platform.api.AssignRequest;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.api.ShareRequest;
import io.lead2cash.platform.api.ShareView;
import io.lead2cash.platform.api.paging.QueryParameters;
import io.lead2cash.events.SharePrincipalType;
import jakarta.ws.rs.DELETE;
import java.util.List;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contacts (people at customers): readable by every sales and billing user, changed by their owners. */
@Path("/api/contacts")
@Tag(name = "Contacts")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.BILLING_CLERK, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class ContactResource {

    static final String SORT_FIELDS = "lastName,createdAt,modifiedAt";

    private final RecordAnswers<Contact, ContactView> answer = RecordAnswers.showing(LeadsMapper::view);
    @Inject CustomerService customers;

    @GET
    @Operation(summary = "List contacts")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<ContactView> list(@Valid @BeanParam PageParams page, @QueryParam("q") @Parameter(description = "Quick find: the records whose first name, last name or e-mail begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text,
            @QueryParam("accountId") UUID accountId, @QueryParam("ownerId") String ownerId) {
        return Page.of(customers.searchContacts(text, accountId, ownerId, page.toSort(SORT_FIELDS, "lastName")),
                page, LeadsMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a contact")
    public RestResponse<ContactView> get(@PathParam("id") UUID id) {
        return answer.ok(customers.contact(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = LeadsMapper.DUPLICATES_FOUND)
    @Operation(summary = "Create a contact")
    public RestResponse<ContactView> create(
            @QueryParam("overrideDuplicates") @Parameter(description = LeadsMapper.OVERRIDE_DUPLICATES) boolean overrideDuplicates,
            @Valid @NotNull(message = "is required") ContactRequest body, @Context UriInfo uri) {
        return answer.created(uri, customers.createContact(LeadsMapper.details(body), overrideDuplicates));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The changed contact; its ETag carries the new version")
    @APIResponse(responseCode = "409", description = LeadsMapper.DUPLICATES_FOUND)
    @Operation(summary = "Replace a contact's details", description = "Needs If-Match; owner, team, managers and admins only.")
    public RestResponse<ContactView> update(
            @QueryParam("overrideDuplicates") @Parameter(description = LeadsMapper.OVERRIDE_DUPLICATES) boolean overrideDuplicates,
            @PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") ContactRequest body) {
        return answer.ok(customers.updateContact(id, ETags.required(ifMatch), LeadsMapper.details(body), overrideDuplicates));
    }

    @POST
    @Path("{id}/assign")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Give the contact to another owner and team",
            description = "Allowed to the owner, sales managers and admins, as for opportunities; who else "
                    + "sees it follows from the new owner and team.")
    public RestResponse<ContactView> assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") AssignRequest body) {
        return answer.ok(customers.assignContact(id, ETags.optional(ifMatch), body.ownerId().trim(), body.owningTeam()));
    }

    @GET
    @Path("{id}/shares")
    @Operation(operationId = "listContactShares", summary = "Who the contact is shared with",
            description = "Allowed to those who may share it: the owner, sales managers and admins.")
    public List<ShareView> shares(@PathParam("id") UUID id) {
        return LeadsMapper.shares(customers.shares(customers.contact(id)));
    }

    @POST
    @Path("{id}/shares")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "shareContact", summary = "Share the contact with a user or team (or change that share's access)",
            description = "Every seller reads contacts: READ_WRITE lets them change it. Allowed to the owner, sales managers and admins.")
    public RestResponse<List<ShareView>> share(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") ShareRequest body) {
        return Responses.ok(LeadsMapper.shares(customers.share(customers.contact(id), body.principalType(), body.principalId().trim(), body.access())));
    }

    @DELETE
    @Path("{id}/shares/{principalType}/{principalId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "revokeContactShare", summary = "Revoke a share of the contact")
    public RestResponse<Void> revokeShare(@PathParam("id") UUID id, @PathParam("principalType") String principalType,
            @PathParam("principalId") String principalId) {
        customers.revokeShare(customers.contact(id), QueryParameters.enumValue("principalType", principalType, SharePrincipalType.class), principalId);
        return Responses.done();
    }
}
