package io.lead2cash.opportunity.api.insight;

import io.lead2cash.opportunity.domain.insight.SalesInsight;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The forecast over the opportunities the caller may see, and the quotas it is measured against. */
@Path("/api/forecast")
@Tag(name = "Pipeline and forecast")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
public class SalesInsightResource {

    @Inject SalesInsight insight;

    @GET
    @Operation(summary = "The forecast of a period in a currency, for an owner, a team or everything you see",
            description = "Open opportunities count by estimated close date, won ones by actual close date.")
    public ForecastView forecast(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("currency") String currency, @QueryParam("ownerId") String ownerId,
            @QueryParam("owningTeam") String owningTeam) {
        if (from == null || to == null) {
            throw ProblemException.invalid(from == null ? "from" : "to", "is required (YYYY-MM-DD)");
        }
        if (!io.lead2cash.platform.validation.CurrencyCode.Validator.isIso4217(currency)) {
            throw ProblemException.invalid("currency", "is required: an ISO 4217 code such as EUR");
        }
        return InsightMapper.view(insight.forecast(from, to, ownerId, owningTeam, currency));
    }

    @PUT
    @Path("quotas")
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "setQuota", summary = "Set the quota of an owner or a team for a period (replacing the one set before)")
    public QuotaView setQuota(@Valid @NotNull(message = "is required") QuotaRequest body) {
        return InsightMapper.view(insight.setQuota(body.ownerId(), body.owningTeam(), body.periodStart(), body.periodEnd(),
                body.amount().currency(), body.amount().amount()));
    }
}
