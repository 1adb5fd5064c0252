package io.lead2cash.opportunity.api.related;

import io.lead2cash.events.opportunities.SalesDocument;
import io.lead2cash.opportunity.domain.related.Competitor;
import io.lead2cash.opportunity.domain.related.LiteratureGiven;
import io.lead2cash.opportunity.domain.related.SalesLiterature;
import io.lead2cash.opportunity.domain.related.Stakeholder;
import java.util.List;

/** Maps what is around a deal (stakeholders, competitors, sales literature) between the API's records and the domain. */
final class RelatedRecordsMapper {

    private RelatedRecordsMapper() {
    }

    static StakeholderView view(Stakeholder s) {
        return new StakeholderView(s.id, s.contactId, s.contactName, s.role, s.description, s.addedBy, s.addedAt);
    }

    static List<StakeholderView> stakeholders(List<Stakeholder> stakeholders) {
        return stakeholders.stream().map(RelatedRecordsMapper::view).toList();
    }

    static Competitor.Details details(CompetitorRequest r) {
        return new Competitor.Details(r.name(), r.website(), r.strengths(), r.weaknesses());
    }

    static CompetitorView view(Competitor c) {
        return new CompetitorView(c.id, c.name, c.website, c.strengths, c.weaknesses, c.createdAt, c.modifiedAt, c.version);
    }

    static List<CompetitorView> competitors(List<Competitor> competitors) {
        return competitors.stream().map(RelatedRecordsMapper::view).toList();
    }

    static SalesLiterature.Details details(SalesLiteratureRequest r) {
        return new SalesLiterature.Details(r.name(), r.type(), r.subject(), r.description(), r.expirationDate(),
                r.documents().stream().map(d -> new SalesDocument(d.title().trim(), d.url())).toList());
    }

    static SalesLiteratureView view(SalesLiterature l) {
        return new SalesLiteratureView(l.id, l.name, l.type, l.subject, l.description, l.expirationDate,
                l.documents.stream().map(d -> new SalesLiteratureRequest.Document(d.title(), d.url())).toList(),
                l.createdAt, l.modifiedAt, l.version);
    }

    static LiteratureGivenView view(LiteratureGiven given, SalesLiterature literature) {
        return new LiteratureGivenView(view(literature), given.givenBy, given.givenAt);
    }
}
