package io.lead2cash.leads.api;

import java.util.List;
import io.lead2cash.platform.access.RecordShare;
import io.lead2cash.platform.api.ShareView;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.Rating;
import io.lead2cash.leads.domain.Account;
import io.lead2cash.leads.domain.Contact;
import io.lead2cash.leads.domain.Lead;
import io.lead2cash.leads.domain.LeadQualification;
import io.lead2cash.leads.domain.LeadService;
import io.lead2cash.platform.api.paging.QueryParameters;
import io.lead2cash.platform.domain.Address;

/** Maps between the API's records and the domain: entities never leave through the API. */
final class LeadsMapper {

    static final String OVERRIDE_DUPLICATES = "Save even when the record looks like an existing one (409 lists them "
            + "otherwise); only a new e-mail, company name or phone is checked on a replace";
    static final String DUPLICATES_FOUND = "Looks like an existing record (same e-mail, company name or phone): the "
            + "problem's duplicates list them (type, id, name, matchedOn); overrideDuplicates=true saves anyway";


    private LeadsMapper() {
    }

    static Lead.Details details(LeadRequest r) {
        return new Lead.Details(trim(r.topic()), trim(r.firstName()), trim(r.lastName()), trim(r.companyName()),
                trim(r.email()), trim(r.phone()), trim(r.jobTitle()),
                address(r.street1(), r.street2(), r.postalCode(), r.city(), r.stateOrProvince(), r.country()),
                r.estimatedValue(), r.rating(), trim(r.source()),
                r.description(), r.statusReason(), r.accountId(), r.contactId());
    }

    /** The list filters as given in the query; an enum that is not one answers 400 naming its parameter. */
    static LeadService.Criteria criteria(String state, String statusReason, String ownerId, String owningTeam,
            String rating, String text) {
        return new LeadService.Criteria(QueryParameters.enumValue("state", state, LeadState.class),
                QueryParameters.enumValue("statusReason", statusReason, LeadStatusReason.class), ownerId, owningTeam,
                QueryParameters.enumValue("rating", rating, Rating.class), text);
    }

    static LeadView view(Lead l) {
        PostalAddress a = Address.dataOf(l.address);
        return new LeadView(l.id, l.topic, l.firstName, l.lastName, l.companyName, l.email, l.phone, l.jobTitle,
                a.street1(), a.street2(), a.postalCode(), a.city(), a.stateOrProvince(), a.country(),
                l.estimatedValue(), l.rating, l.source, l.description, l.state, l.statusReason, l.ownerId, l.owningTeam,
                l.accountId, l.contactId, l.qualifiedAt, l.createdAt, l.modifiedAt, l.version);
    }

    static LeadQualification.Command command(QualifyRequest r) {
        if (r == null) {
            return LeadQualification.Command.defaults();
        }
        QualifyRequest.Opportunity o = r.opportunity();
        return new LeadQualification.Command(
                r.createAccount() == null || r.createAccount(),
                r.createContact() == null || r.createContact(),
                r.createOpportunity() == null || r.createOpportunity(),
                r.existingAccountId(), r.existingContactId(),
                r.overrideDuplicates() != null && r.overrideDuplicates(),
                o == null ? null : trim(o.topic()), o == null ? null : o.currency(),
                o == null ? null : o.priceListId(), o == null ? null : o.estimatedCloseDate());
    }

    static QualificationView view(LeadQualification.Outcome o) {
        return new QualificationView(view(o.lead()), o.account() == null ? null : o.account().id, o.accountCreated(),
                o.contact() == null ? null : o.contact().id, o.contactCreated(), o.opportunityRequested());
    }

    static Account.Details details(AccountRequest r) {
        return new Account.Details(trim(r.name()), trim(r.email()), trim(r.phone()), trim(r.website()), trim(r.industry()),
                address(r.street1(), r.street2(), r.postalCode(), r.city(), r.stateOrProvince(), r.country()),
                r.primaryContactId());
    }

    static AccountView view(Account a) {
        PostalAddress at = Address.dataOf(a.address);
        return new AccountView(a.id, a.name, a.email, a.phone, a.website, a.industry, at.street1(), at.street2(),
                at.postalCode(), at.city(), at.stateOrProvince(), at.country(),
                a.primaryContactId, a.ownerId, a.owningTeam, a.createdAt, a.modifiedAt, a.version);
    }

    static Contact.Details details(ContactRequest r) {
        return new Contact.Details(trim(r.firstName()), trim(r.lastName()), trim(r.email()), trim(r.phone()),
                trim(r.jobTitle()), r.accountId(),
                address(r.street1(), r.street2(), r.postalCode(), r.city(), r.stateOrProvince(), r.country()));
    }

    static ContactView view(Contact c) {
        PostalAddress at = Address.dataOf(c.address);
        return new ContactView(c.id, c.firstName, c.lastName, c.email, c.phone, c.jobTitle, c.accountId, at.street1(),
                at.street2(), at.postalCode(), at.city(), at.stateOrProvince(), at.country(), c.ownerId,
                c.owningTeam, c.createdAt, c.modifiedAt, c.version);
    }

    private static PostalAddress address(String street1, String street2, String postalCode, String city,
            String stateOrProvince, String country) {
        return new PostalAddress(trim(street1), trim(street2), trim(postalCode), trim(city), trim(stateOrProvince),
                trim(country));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static List<ShareView> shares(List<RecordShare> shares) {
        return ShareView.of(shares);
    }
}
