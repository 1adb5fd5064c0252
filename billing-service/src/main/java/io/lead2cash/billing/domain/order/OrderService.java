package io.lead2cash.billing.domain.order;

import io.lead2cash.billing.domain.access.BillingDocumentAccess;
import io.lead2cash.billing.domain.access.OpportunityChangedHands;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.billing.OrderState;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The orders as those who may see them read them, and the one way every change of an order starts: loaded with its
 * lock, access and version checked, the change applied and its event appended to the outbox. Orders follow their deal
 * when it changes hands.
 */
@ApplicationScoped
public class OrderService {

    @Inject Outbox outbox;
    @Inject BillingDocumentAccess visibility;

    /** What an order list may be filtered by; absent values do not filter. */
    public record Criteria(UUID quoteId, UUID opportunityId, UUID customerId, OrderState state, String text) {
    }

    public Listing<SalesOrder> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("quoteId", c.quoteId()).eq("opportunityId", c.opportunityId())
                .eq("customerId", c.customerId()).eq("state", c.state()).quickFind(c.text(), "orderNumber", "customerName");
        visibility.visible(filter, SalesOrder.class);
        return filter.listing(SalesOrder.class, sort);
    }

    /** The order, if the caller may see it: 404 when unknown, 403 when its opportunity is not visible to them. */
    public SalesOrder get(UUID id) {
        return visibility.readable(SalesOrder.findById(id), "order", id);
    }

    public List<OrderLine> lines(UUID orderId) {
        get(orderId);
        return OrderLine.ofOrder(orderId);
    }

    /**
     * The order to change, if the caller may change it (a READ share on its deal reads it only), locked until the
     * transaction ends so fulfilling, canceling and invoicing it cannot interleave; 404 and 403 come before the version
     * is checked.
     */
    SalesOrder forChange(UUID id, ExpectedVersion expected) {
        visibility.checkWrite(get(id), "order");
        SalesOrder order = SalesOrder.findById(id, LockModeType.PESSIMISTIC_WRITE);
        order.checkVersion(expected);
        return order;
    }

    /** Applies one change to the order the caller may change (see {@link #forChange}) and publishes its event. */
    SalesOrder change(UUID id, ExpectedVersion expected, Function<SalesOrder, BusinessEvent> change) {
        return change(id, expected, change, (order, event) -> {
        });
    }

    /** As {@link #change(UUID, ExpectedVersion, Function)}, then hands the order and its event to {@code published}. */
    <E extends BusinessEvent> SalesOrder change(UUID id, ExpectedVersion expected, Function<SalesOrder, E> change,
            BiConsumer<SalesOrder, E> published) {
        SalesOrder order = forChange(id, expected);
        E event = change.apply(order);
        outbox.appendChange(order, event);
        published.accept(order, event);
        return order;
    }

    /** The deal's orders go to its new owner and team with it, in the consumer's transaction. */
    void dealChangedHands(@Observes @Priority(OpportunityChangedHands.ORDERS) OpportunityChangedHands deal) {
        deal.ordersFollowed(SalesOrder.update(OpportunityChangedHands.REOWN, deal.ownerId(), deal.owningTeam(),
                deal.modifiedAt(), deal.opportunityId()));
    }
}
