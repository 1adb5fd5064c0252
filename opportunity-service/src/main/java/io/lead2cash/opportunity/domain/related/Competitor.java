package io.lead2cash.opportunity.domain.related;

import io.lead2cash.events.opportunities.CompetitorCreated;
import io.lead2cash.events.opportunities.CompetitorData;
import io.lead2cash.events.opportunities.CompetitorUpdated;
import io.lead2cash.platform.domain.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A company competing for customers' business, with its strengths and weaknesses; opportunities name it. */
@Entity
@Table(name = "competitor")
public class Competitor extends TrackedEntity {

    public String name;
    public String website;
    public String strengths;
    public String weaknesses;

    /** What a user sets on a competitor. */
    public record Details(String name, String website, String strengths, String weaknesses) {
    }

    public static Competitor record(Details details) {
        Competitor competitor = new Competitor();
        competitor.initialise();
        competitor.apply(details);
        return competitor;
    }

    public CompetitorCreated created() {
        return new CompetitorCreated(UUID.randomUUID(), modifiedAt, data());
    }

    public CompetitorUpdated change(Details details) {
        apply(details);
        touch();
        return new CompetitorUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    public CompetitorData data() {
        return new CompetitorData(id, name, website, strengths, weaknesses, createdAt, modifiedAt);
    }

    private void apply(Details d) {
        name = d.name().trim();
        website = d.website();
        strengths = d.strengths();
        weaknesses = d.weaknesses();
    }
}
