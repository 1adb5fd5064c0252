package io.lead2cash.leads.api;

import io.lead2cash.platform.api.answer.Responses;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.platform.api.answer.RecordAnswers;
import io.lead2cash.leads.domain.Account;
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

/** Accounts (customer organisations): readable by every sales and billing user, changed by their owners. */
@Path("/api/accounts")
@Tag(name = "Accounts")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.BILLING_CLERK, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class AccountResource {

    static final String SORT_FIELDS = "name,createdAt,modifiedAt";

    private final RecordAnswers<Account, AccountView> answer = RecordAnswers.showing(LeadsMapper::view);
    @Inject CustomerService customers;

    @GET
    @Operation(summary = "List accounts")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<AccountView> list(@Valid @BeanParam PageParams page, @QueryParam("q") @Parameter(description = "Quick find: the records whose name, e-mail or city begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text,
            @QueryParam("ownerId") String ownerId) {
        return Page.of(customers.searchAccounts(text, ownerId, page.toSort(SORT_FIELDS, "name")), page, LeadsMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an account")
    public RestResponse<AccountView> get(@PathParam("id") UUID id) {
        return answer.ok(customers.account(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = LeadsMapper.DUPLICATES_FOUND)
    @Operation(summary = "Create an account")
    public RestResponse<AccountView> create(
            @QueryParam("overrideDuplicates") @Parameter(description = LeadsMapper.OVERRIDE_DUPLICATES) boolean overrideDuplicates,
            @Valid @NotNull(message = "is required") AccountRequest body, @Context UriInfo uri) {
        return answer.created(uri, customers.createAccount(LeadsMapper.details(body), overrideDuplicates));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The changed account; its ETag carries the new version")
    @APIResponse(responseCode = "409", description = LeadsMapper.DUPLICATES_FOUND)
    @Operation(summary = "Replace an account's details", description = "Needs If-Match; owner, team, managers and admins only.")
    public RestResponse<AccountView> update(
            @QueryParam("overrideDuplicates") @Parameter(description = LeadsMapper.OVERRIDE_DUPLICATES) boolean overrideDuplicates,
            @PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") AccountRequest body) {
        return answer.ok(customers.updateAccount(id, ETags.required(ifMatch), LeadsMapper.details(body), overrideDuplicates));
    }

    @POST
    @Path("{id}/assign")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Give the account to another owner and team",
            description = "Allowed to the owner, sales managers and admins, as for opportunities; who else "
                    + "sees it follows from the new owner and team.")
    public RestResponse<AccountView> assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") AssignRequest body) {
        return answer.ok(customers.assignAccount(id, ETags.optional(ifMatch), body.ownerId().trim(), body.owningTeam()));
    }

    @GET
    @Path("{id}/shares")
    @Operation(operationId = "listAccountShares", summary = "Who the account is shared with",
            description = "Allowed to those who may share it: the owner, sales managers and admins.")
    public List<ShareView> shares(@PathParam("id") UUID id) {
        return LeadsMapper.shares(customers.shares(customers.account(id)));
    }

    @POST
    @Path("{id}/shares")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "shareAccount", summary = "Share the account with a user or team (or change that share's access)",
            description = "Every seller reads accounts: READ_WRITE lets them change it. Allowed to the owner, sales managers and admins.")
    public RestResponse<List<ShareView>> share(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") ShareRequest body) {
        return Responses.ok(LeadsMapper.shares(customers.share(customers.account(id), body.principalType(), body.principalId().trim(), body.access())));
    }

    @DELETE
    @Path("{id}/shares/{principalType}/{principalId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "revokeAccountShare", summary = "Revoke a share of the account")
    public RestResponse<Void> revokeShare(@PathParam("id") UUID id, @PathParam("principalType") String principalType,
            @PathParam("principalId") String principalId) {
        customers.revokeShare(customers.account(id), QueryParameters.enumValue("principalType", principalType, SharePrincipalType.class), principalId);
        return Responses.done();
    }
}
