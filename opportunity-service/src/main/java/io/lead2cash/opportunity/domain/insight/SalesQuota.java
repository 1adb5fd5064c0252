package io.lead2cash.opportunity.domain.insight;

import io.lead2cash.platform.domain.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What an owner (or a team) is expected to win in a period, in a currency. */
@Entity
@Table(name = "sales_quota")
public class SalesQuota extends TrackedEntity {

    public String ownerId;
    public String owningTeam;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public String currency;
    public BigDecimal amount;

    public static SalesQuota create(String ownerId, String owningTeam, LocalDate start, LocalDate end, String currency) {
        SalesQuota quota = new SalesQuota();
        quota.initialise();
        quota.ownerId = ownerId;
        quota.owningTeam = owningTeam;
        quota.periodStart = start;
        quota.periodEnd = end;
        quota.currency = currency;
        return quota;
    }

    public void setAmount(BigDecimal value) {
        amount = value;
        touch();
    }
}
