package io.lead2cash.leads.domain;

import io.lead2cash.platform.domain.Address;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.RequestedOpportunity;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Qualifies a lead as Dynamics 365 does: creates (or links) the account and contact, checks for duplicates
 * first, and publishes {@link LeadQualified} carrying everything the opportunity side needs to open the deal.
 */
@ApplicationScoped
public class LeadQualification {

    @Inject LeadService leads;
    @Inject CustomerDirectory customers;
    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject SalesPolicy defaults;
    @Inject LeadProcess process;
    @Inject DuplicateDetection duplicateDetection;

    /** What the qualifying user asks for; defaults create all three records. */
    public record Command(boolean createAccount, boolean createContact, boolean createOpportunity,
            UUID existingAccountId, UUID existingContactId, boolean overrideDuplicates,
            String opportunityTopic, String currency, UUID priceListId, LocalDate estimatedCloseDate) {

        public static Command defaults() {
            return new Command(true, true, true, null, null, false, null, null, null, null);
        }
    }

    /** The outcome: the qualified lead and the customer records it is now linked to. */
    public record Outcome(Lead lead, Account account, boolean accountCreated, Contact contact, boolean contactCreated,
            boolean opportunityRequested) {
    }

    @Transactional
    public Outcome qualify(UUID leadId, ExpectedVersion expected, Command command) {
        Lead lead = leads.forChange(leadId, expected);
        if (lead.state != LeadState.OPEN) {
            throw ProblemException.illegalTransition("lead", lead.state, "qualify");
        }
        process.checkQualifiable(lead);
        Account account = customers.account(
                command.existingAccountId() != null ? command.existingAccountId() : lead.accountId, "existingAccountId");
        Contact contact = customers.contact(
                command.existingContactId() != null ? command.existingContactId() : lead.contactId, "existingContactId");
        boolean createAccount = account == null && command.createAccount() && notBlank(lead.companyName);
        boolean createContact = contact == null && command.createContact();
        if (!command.overrideDuplicates()) {
            refuseDuplicates(lead, createAccount, createContact);
        }
        if (createAccount) {
            // As Dynamics 365 does, the new account takes the lead's company name, phone and address.
            account = Account.create(new Account.Details(lead.companyName, null, lead.phone, null, null,
                    Address.dataOf(lead.address), null), user);
            account.persist();
        }
        if (createContact) {
            // As Dynamics 365 does, the new contact takes the lead's person, phone and address too.
            contact = Contact.create(new Contact.Details(lead.firstName, lead.lastName, lead.email, lead.phone, lead.jobTitle,
                    account == null ? null : account.id, Address.dataOf(lead.address)), user);
            contact.persist();
            if (createAccount) {
                account.primaryContactId = contact.id;
            }
        }
        if (createAccount) {
            outbox.append(account.created());
        }
        if (createContact) {
            outbox.append(contact.created());
        }
        RequestedOpportunity opportunity = command.createOpportunity() ? opportunityFor(lead, account, contact, command) : null;
        // Flushed now so the answer's ETag is the version qualifying gave the lead.
        outbox.appendChange(lead, lead.qualify(account == null ? null : account.data(), createAccount,
                contact == null ? null : contact.data(), createContact, opportunity));
        return new Outcome(lead, account, createAccount, contact, createContact, opportunity != null);
    }

    /**
     * Refuses to create an account or contact that creating it directly would refuse: the same rules (company key,
     * e-mail and phone for the account; e-mail and phone for the contact) on what qualifying would save.
     */
    private void refuseDuplicates(Lead lead, boolean createAccount, boolean createContact) {
        List<DuplicateDetection.Duplicate> duplicates = new ArrayList<>();
        if (createAccount) {
            duplicates.addAll(duplicateDetection.accountsLike(null, null, lead.companyName, lead.phone));
        }
        if (createContact) {
            duplicates.addAll(duplicateDetection.contactsLike(null, lead.email, lead.phone));
        }
        if (!duplicates.isEmpty()) {
            throw new ProblemException(ProblemType.DUPLICATE,
                    "Qualifying would create records that look like existing ones: link them with existingAccountId/"
                            + "existingContactId, or set overrideDuplicates to create new ones anyway",
                    List.of(), Map.of("duplicates", duplicates));
        }
    }

    private RequestedOpportunity opportunityFor(Lead lead, Account account, Contact contact, Command command) {
        if (account == null && contact == null) {
            throw ProblemException.invalid("createOpportunity",
                    "needs a customer: create or link an account (the lead needs a company name) or a contact");
        }
        String currency = lead.estimatedValueCurrency != null ? lead.estimatedValueCurrency : defaults.baseCurrency();
        if (command.currency() != null && !command.currency().equals(currency)) {
            if (lead.estimatedValueCurrency != null) {
                throw ProblemException.invalid("opportunity.currency",
                        "must be the currency of the lead's estimated value (" + lead.estimatedValueCurrency + ")");
            }
            currency = command.currency();
        }
        boolean byAccount = account != null;
        return new RequestedOpportunity(
                notBlank(command.opportunityTopic()) ? command.opportunityTopic() : lead.topic,
                byAccount ? CustomerType.ACCOUNT : CustomerType.CONTACT,
                byAccount ? account.id : contact.id,
                lead.estimatedValue(), currency, command.priceListId(), command.estimatedCloseDate(), lead.rating,
                lead.description, lead.ownerId, lead.owningTeam);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
