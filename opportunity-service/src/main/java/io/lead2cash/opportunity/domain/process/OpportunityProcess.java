package io.lead2cash.opportunity.domain.process;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.opportunities.OpportunityProcessFlowChanged;
import io.lead2cash.events.opportunities.QuoteState;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.events.opportunities.StakeholderRole;
import io.lead2cash.opportunity.domain.access.SalesTeamMember;
import io.lead2cash.opportunity.domain.related.OpportunityCompetitor;
import io.lead2cash.opportunity.domain.related.Stakeholder;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.opportunity.OpportunityLine;
import io.lead2cash.opportunity.domain.opportunity.StageGate;
import io.lead2cash.opportunity.domain.quote.Quote;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.process.ProcessFlow;
import io.lead2cash.platform.process.ProcessFlows;
import io.lead2cash.platform.process.ProcessStep;
import io.lead2cash.platform.process.RecordProcess;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The opportunities' business process flow (Dynamics 365's "Opportunity Sales Process"): Qualify, Develop, Propose and
 * Close, each with the steps a manager asks for; by default a purchase timeframe to leave Qualify and a live quote to
 * leave Propose, the rest guidance.
 */
@ApplicationScoped
public class OpportunityProcess extends RecordProcess<Opportunity> implements StageGate {

    // What a flow can ask of an opportunity: a field it has, or records added to it.
    static final ProcessStep<Opportunity> CUSTOMER = step("customer", "Identify the customer (account or contact)",
            o -> o.customerId != null);
    static final ProcessStep<Opportunity> CLOSE_DATE = step("estimatedCloseDate",
            "Purchase timeframe: the estimated close date", o -> o.estimatedCloseDate != null);
    static final ProcessStep<Opportunity> REVENUE = step("estimatedRevenue", "Estimated budget: the estimated revenue",
            o -> o.estimatedRevenue != null && o.estimatedRevenue.signum() > 0);
    static final ProcessStep<Opportunity> DESCRIPTION = step("description", "Capture summary: the description",
            o -> ProcessStep.filled(o.description));
    static final ProcessStep<Opportunity> NEED = step("customerNeed", "Customer need", o -> ProcessStep.filled(o.customerNeed));
    static final ProcessStep<Opportunity> SOLUTION = step("proposedSolution", "Proposed solution",
            o -> ProcessStep.filled(o.proposedSolution));
    static final ProcessStep<Opportunity> STAKEHOLDERS = step("stakeholders", "Identify stakeholders",
            o -> has(o, Stakeholder.class, "opportunityId = ?1"));
    static final ProcessStep<Opportunity> DECISION_MAKER = step("decisionMaker",
            "Identify the decision maker: a stakeholder with the DECISION_MAKER role",
            o -> has(o, Stakeholder.class, "opportunityId = ?1 and role = ?2", StakeholderRole.DECISION_MAKER));
    static final ProcessStep<Opportunity> COMPETITORS = step("competitors", "Identify competitors",
            o -> has(o, OpportunityCompetitor.class, "id.opportunityId = ?1"));
    static final ProcessStep<Opportunity> SALES_TEAM = step("salesTeam", "Identify the sales team",
            o -> has(o, SalesTeamMember.class, "id.opportunityId = ?1"));
    static final ProcessStep<Opportunity> PRODUCTS = step("productLines", "Add the products",
            o -> has(o, OpportunityLine.class, "opportunityId = ?1"));
    static final ProcessStep<Opportunity> LIVE_QUOTE = step("liveQuote", "Develop the proposal: an active or won quote",
            o -> has(o, Quote.class, "opportunityId = ?1 and state in ?2", List.of(QuoteState.ACTIVE, QuoteState.WON)));
    private static final List<ProcessStep<Opportunity>> STEPS = List.of(CUSTOMER, CLOSE_DATE, REVENUE,
            step("probability", "Probability", o -> o.probability != null), step("rating", "Rating", o -> o.rating != null),
            DESCRIPTION, step("priceList", "Price list", o -> o.priceListId != null), NEED, SOLUTION, STAKEHOLDERS,
            DECISION_MAKER, COMPETITORS, SALES_TEAM, PRODUCTS, LIVE_QUOTE);

    @Override
    protected List<ProcessStep<Opportunity>> stepList() {
        return STEPS;
    }

    @Override
    protected BusinessEvent changed(ProcessFlow flow) {
        return new OpportunityProcessFlowChanged(UUID.randomUUID(), flow.modifiedAt, flow.id, flow.data());
    }

    @Override
    public String recordType() {
        return "opportunity";
    }

    @Override
    public List<String> fixedStages() {
        return Arrays.stream(SalesStage.values()).map(Enum::name).toList();
    }

    @Override
    public String defaultName() {
        return "Opportunity Sales Process";
    }

    @Override
    public List<ProcessFlow.Stage> defaultStages() {
        return List.of(
                stage(SalesStage.QUALIFY, "Qualify", required(CUSTOMER), required(CLOSE_DATE), guidance(REVENUE),
                        guidance(DECISION_MAKER), guidance(DESCRIPTION)),
                stage(SalesStage.DEVELOP, "Develop", guidance(NEED), guidance(SOLUTION), guidance(STAKEHOLDERS),
                        guidance(COMPETITORS)),
                stage(SalesStage.PROPOSE, "Propose", guidance(SALES_TEAM), guidance(PRODUCTS), required(LIVE_QUOTE)),
                stage(SalesStage.CLOSE, "Close"));
    }

    @Override
    public void checkMove(Opportunity opportunity, SalesStage from, SalesStage to) {
        ProcessFlows.requireDone(flow().missingOnTheWay(from == null ? null : from.name(), to.name(),
                step -> isDone(opportunity, step)), "move the opportunity to the " + to + " stage");
    }

    private static ProcessStep<Opportunity> step(String name, String label, Predicate<Opportunity> done) {
        return new ProcessStep<>(name, label, done);
    }

    /** Whether the opportunity has such a record; a new one (checked before it is written) has none yet. */
    private static boolean has(Opportunity o, Class<?> entity, String condition, Object... more) {
        if (!Opportunity.getEntityManager().contains(o)) {
            return false;
        }
        Object[] parameters = new Object[more.length + 1];
        parameters[0] = o.id;
        System.arraycopy(more, 0, parameters, 1, more.length);
        return Records.exists(entity, condition, parameters);
    }

    private static ProcessFlow.Stage stage(SalesStage stage, String label, ProcessFlow.Step... steps) {
        return new ProcessFlow.Stage(stage.name(), label, List.of(steps));
    }
}
