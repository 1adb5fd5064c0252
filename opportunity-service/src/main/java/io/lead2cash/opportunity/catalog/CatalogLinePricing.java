package io.lead2cash.opportunity.catalog;

import io.lead2cash.opportunity.domain.line.LinePricing;
import io.lead2cash.opportunity.domain.line.PricedLine;
import io.lead2cash.platform.catalog.CatalogClient;
import io.lead2cash.platform.catalog.CatalogPricing;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Prices opportunity and quote lines with the catalog's engine; any failure to reach it becomes PricingUnavailable. */
@ApplicationScoped
public class CatalogLinePricing implements LinePricing {

    private final CatalogClient catalog;

    CatalogLinePricing(@RestClient CatalogClient catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Outcome> price(UUID priceListId, String currency, List<? extends PricedLine> lines) {
        List<CatalogClient.PricingResult.PricedLine> priced;
        try {
            priced = CatalogPricing.price(catalog, new CatalogClient.PricingRequest(priceListId, currency, lines.stream()
                    .map(l -> new CatalogClient.PricingRequest.Line(l.productId, l.unitId, l.quantity, l.manualDiscount,
                            l.tax, l.priceOverride))
                    .toList()));
        } catch (CatalogPricing.CatalogUnavailable e) {
            throw new PricingUnavailable(e.getMessage(), e);
        }
        return priced.stream().map(p -> p.error() != null
                ? new Outcome(null, p.error(), p.errorMessage())
                : new Outcome(new PricedLine.Price(p.pricePerUnit(), p.volumeDiscountPerUnit(), p.amount(),
                        p.extendedAmount(), p.unitId(), p.productNumber(), p.productName()), null, null)).toList();
    }
}
