package io.lead2cash.opportunity.domain.related;

import io.lead2cash.opportunity.domain.opportunity.OpportunityService;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Records competitors and names them on opportunities, publishing each change through the outbox. */
@ApplicationScoped
public class CompetitorService {

    private static final Logger LOG = Logger.getLogger(CompetitorService.class);

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject OpportunityService opportunities;
    @Inject RecordedCompetitors recorded;

    public Listing<Competitor> search(String text, Sort sort) {
        Filter filter = Filter.where().quickFind(text, "name", "strengths", "weaknesses");
        return filter.listing(Competitor.class, sort);
    }

    public Competitor get(UUID id) {
        return Competitor.<Competitor>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("competitor", id));
    }

    @Transactional
    public Competitor create(Competitor.Details details) {
        requireUniqueName(details.name(), null);
        Competitor competitor = Competitor.record(details);
        competitor.persist();
        outbox.append(competitor.created());
        LOG.infof("%s recorded competitor %s (%s)", user.id(), competitor.name, competitor.id);
        return competitor;
    }

    @Transactional
    public Competitor update(UUID id, ExpectedVersion expected, Competitor.Details details) {
        Competitor competitor = get(id);
        competitor.checkVersion(expected);
        requireUniqueName(details.name(), id);
        outbox.appendChange(competitor, competitor.change(details));
        return competitor;
    }

    /** The competitors named on an opportunity the caller may see. */
    public List<Competitor> of(UUID opportunityId) {
        opportunities.get(opportunityId);
        return OpportunityCompetitor.namedOn(opportunityId);
    }

    /** Names a competitor on an open opportunity; naming it again changes nothing. */
    @Transactional
    public List<Competitor> name(UUID opportunityId, UUID competitorId) {
        opportunities.getForChange(opportunityId).requireOpen("name competitors on");
        get(competitorId);
        recorded.nameOn(opportunityId, competitorId);
        return OpportunityCompetitor.namedOn(opportunityId);
    }

    @Transactional
    public void remove(UUID opportunityId, UUID competitorId) {
        opportunities.getForChange(opportunityId).requireOpen("remove competitors from");
        if (!OpportunityCompetitor.deleteById(new OpportunityCompetitor.Key(opportunityId, competitorId))) {
            throw ProblemException.notFound("competitor on opportunity " + opportunityId, competitorId);
        }
        OpportunityCompetitor.flush();
        outbox.append(OpportunityCompetitor.changed(opportunityId));
    }

    private static void requireUniqueName(String name, UUID except) {
        Competitor same = Competitor.find("lower(name) = ?1", name.trim().toLowerCase()).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw new ProblemException(ProblemType.CONFLICT, "A competitor named " + same.name + " exists: " + same.id);
        }
    }
}
