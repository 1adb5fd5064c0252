package io.lead2cash.leads.domain;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.leads.LeadProcessFlowChanged;
import io.lead2cash.platform.process.ProcessFlow;
import io.lead2cash.platform.process.ProcessFlows;
import io.lead2cash.platform.process.ProcessStep;
import io.lead2cash.platform.process.RecordProcess;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The leads' business process flow: the Qualify stage of Dynamics 365's "Lead to Opportunity Sales Process". Its
 * required steps must be done before a lead is qualified; by default every step is guidance, none required.
 */
@ApplicationScoped
public class LeadProcess extends RecordProcess<Lead> {

    static final String QUALIFY = "QUALIFY";

    // What a flow can ask of a lead: fields it has before it becomes an account, a contact and an opportunity.
    static final ProcessStep<Lead> COMPANY = new ProcessStep<>("companyName",
            "Existing account? The company the account is created or found for", l -> ProcessStep.filled(l.companyName));
    static final ProcessStep<Lead> CONTACT_DETAILS = new ProcessStep<>("contactDetails",
            "Existing contact? An e-mail address or a phone number",
            l -> ProcessStep.filled(l.email) || ProcessStep.filled(l.phone));
    static final ProcessStep<Lead> VALUE = new ProcessStep<>("estimatedValue", "Estimated budget: the estimated value",
            l -> l.estimatedValueAmount != null && l.estimatedValueAmount.signum() > 0);
    static final ProcessStep<Lead> DESCRIPTION = new ProcessStep<>("description", "Capture summary: the description",
            l -> ProcessStep.filled(l.description));
    private static final List<ProcessStep<Lead>> STEPS = List.of(COMPANY, CONTACT_DETAILS,
            new ProcessStep<>("email", "E-mail address", l -> ProcessStep.filled(l.email)),
            new ProcessStep<>("phone", "Phone number", l -> ProcessStep.filled(l.phone)),
            new ProcessStep<>("jobTitle", "Job title", l -> ProcessStep.filled(l.jobTitle)),
            new ProcessStep<>("address", "Postal address: a city and a country", l -> l.address != null
                    && ProcessStep.filled(l.address.city) && ProcessStep.filled(l.address.country)),
            VALUE, new ProcessStep<>("rating", "Rating", l -> l.rating != null),
            new ProcessStep<>("source", "Lead source", l -> ProcessStep.filled(l.source)), DESCRIPTION);

    @Override
    protected List<ProcessStep<Lead>> stepList() {
        return STEPS;
    }

    @Override
    protected BusinessEvent changed(ProcessFlow flow) {
        return new LeadProcessFlowChanged(UUID.randomUUID(), flow.modifiedAt, flow.id, flow.data());
    }

    @Override
    public String recordType() {
        return "lead";
    }

    @Override
    public List<String> fixedStages() {
        return List.of(QUALIFY);
    }

    @Override
    public String defaultName() {
        return "Lead to Opportunity Sales Process";
    }

    @Override
    public List<ProcessFlow.Stage> defaultStages() {
        return List.of(new ProcessFlow.Stage(QUALIFY, "Qualify", List.of(guidance(COMPANY),
                guidance(CONTACT_DETAILS), guidance(VALUE), guidance(DESCRIPTION))));
    }

    /** Refuses (422, listing them) to qualify a lead whose required steps are not done. */
    public void checkQualifiable(Lead lead) {
        ProcessFlows.requireDone(flow().missingToFinish(step -> isDone(lead, step)), "qualify the lead");
    }
}
