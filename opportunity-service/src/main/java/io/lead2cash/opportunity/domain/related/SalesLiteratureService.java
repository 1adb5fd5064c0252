package io.lead2cash.opportunity.domain.related;

import io.lead2cash.events.opportunities.SalesLiteratureGiven;
import io.lead2cash.events.opportunities.SalesLiteratureType;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Publishes sales literature and records which of it was given to an opportunity's customer. */
@ApplicationScoped
public class SalesLiteratureService {

    private static final Logger LOG = Logger.getLogger(SalesLiteratureService.class);

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject OpportunityService opportunities;

    /** Literature matching the text and type; expired literature only when asked for. */
    public Listing<SalesLiterature> search(String text, SalesLiteratureType type, boolean includeExpired, Sort sort) {
        Filter filter = Filter.where().eq("type", type).quickFind(text, "name", "subject", "description");
        if (!includeExpired) {
            filter.and("(expirationDate is null or expirationDate >= :today)", Map.of("today", today()));
        }
        return filter.listing(SalesLiterature.class, sort);
    }

    public SalesLiterature get(UUID id) {
        return SalesLiterature.<SalesLiterature>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("sales literature", id));
    }

    @Transactional
    public SalesLiterature create(SalesLiterature.Details details) {
        SalesLiterature literature = SalesLiterature.publish(details);
        literature.persist();
        outbox.append(literature.created());
        LOG.infof("%s published sales literature %s (%s)", user.id(), literature.name, literature.id);
        return literature;
    }

    @Transactional
    public SalesLiterature update(UUID id, ExpectedVersion expected, SalesLiterature.Details details) {
        SalesLiterature literature = get(id);
        literature.checkVersion(expected);
        outbox.appendChange(literature, literature.change(details));
        return literature;
    }

    /** What was given to the customer of an opportunity the caller may see, most recent first. */
    public List<LiteratureGiven> given(UUID opportunityId) {
        opportunities.get(opportunityId);
        return LiteratureGiven.list("id.opportunityId = ?1 order by givenAt desc", opportunityId);
    }

    /** Records that literature was given to the customer of an open opportunity; giving it again changes nothing. */
    @Transactional
    public LiteratureGiven give(UUID opportunityId, UUID literatureId) {
        opportunities.getForChange(opportunityId).requireOpen("give sales literature for");
        SalesLiterature literature = SalesLiterature.findById(literatureId);
        if (literature == null) {
            throw ProblemException.invalid("literatureId", "names no sales literature");
        }
        if (literature.expiredOn(today())) {
            throw new ProblemException(ProblemType.CONFLICT, "Sales literature " + literature.name + " expired on "
                    + literature.expirationDate + " and can no longer be given to customers");
        }
        LiteratureGiven.Key key = new LiteratureGiven.Key(opportunityId, literatureId);
        LiteratureGiven given = LiteratureGiven.findById(key);
        if (given != null) {
            return given;
        }
        given = new LiteratureGiven();
        given.id = key;
        given.givenBy = user.id();
        given.givenAt = Instant.now();
        given.persist();
        outbox.append(new SalesLiteratureGiven(UUID.randomUUID(), given.givenAt, opportunityId, literature.data(), user.id()));
        return given;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
