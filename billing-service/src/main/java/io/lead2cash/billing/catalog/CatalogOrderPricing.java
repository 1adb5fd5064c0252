package io.lead2cash.billing.catalog;

import io.lead2cash.billing.domain.order.OrderPricing;
import io.lead2cash.platform.catalog.CatalogClient;
import io.lead2cash.platform.catalog.CatalogPricing;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Prices order lines with the catalog's engine; any failure to reach it becomes Unavailable. */
@ApplicationScoped
public class CatalogOrderPricing implements OrderPricing {

    private final CatalogClient catalog;

    CatalogOrderPricing(@RestClient CatalogClient catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Outcome> price(UUID priceListId, String currency, List<Request> lines) {
        try {
            return CatalogPricing.price(catalog, new CatalogClient.PricingRequest(priceListId, currency, lines.stream()
                            .map(l -> new CatalogClient.PricingRequest.Line(l.productId(), l.unitId(), l.quantity(),
                                    l.manualDiscount(), l.tax(), l.priceOverride()))
                            .toList()))
                    .stream().map(p -> new Outcome(p.productNumber(), p.productName(), p.unitId(), p.pricePerUnit(), p.volumeDiscountPerUnit(), p.amount(),
                            p.extendedAmount(), p.error(), p.errorMessage()))
                    .toList();
        } catch (CatalogPricing.CatalogUnavailable e) {
            throw new Unavailable(e.getMessage(), e);
        }
    }
}
