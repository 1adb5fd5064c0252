package io.lead2cash.opportunity.domain.line;

import io.lead2cash.platform.domain.PricingPolicy;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Prices product lines on their record's price list, for opportunities and quotes alike: write-ins here, catalog
 * products by the catalog; while the catalog is down, the lines are kept unpriced so they can be repriced later.
 */
@ApplicationScoped
public class LinePricer {

    private static final Logger LOG = Logger.getLogger(LinePricer.class);

    @Inject LinePricing catalog;
    @Inject PricingPolicy policy;

    public void price(LineHolder holder, List<? extends PricedLine> lines) {
        List<PricedLine> catalogLines = new ArrayList<>();
        for (PricedLine line : lines) {
            if (line.writeIn()) {
                line.priceWriteIn(holder.currencyDigits(), policy.priceDecimals());
            } else {
                catalogLines.add(line);
            }
        }
        if (catalogLines.isEmpty()) {
            return;
        }
        try {
            List<LinePricing.Outcome> outcomes = catalog.price(holder.priceListId(), holder.currency(), catalogLines);
            for (int i = 0; i < catalogLines.size(); i++) {
                LinePricing.Outcome outcome = outcomes.get(i);
                if (outcome.price() != null) {
                    catalogLines.get(i).pricedAs(outcome.price());
                } else {
                    catalogLines.get(i).unpriced(outcome.error(), outcome.message());
                }
            }
        } catch (LinePricing.PricingUnavailable e) {
            LOG.warnf("Catalog unavailable (%s): %d line(s) kept unpriced", e.getMessage(), catalogLines.size());
            catalogLines.forEach(l -> l.unpriced(PricedLine.CATALOG_UNAVAILABLE,
                    "The catalog could not be reached; reprice the opportunity when it is back"));
        }
    }
}
