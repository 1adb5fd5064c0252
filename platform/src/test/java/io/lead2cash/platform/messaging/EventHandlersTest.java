package io.lead2cash.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.events.registry.Subscriptions;
import io.lead2cash.events.leads.AccountCreated;
import io.lead2cash.events.leads.AccountUpdated;
import io.lead2cash.events.leads.ContactCreated;
import io.lead2cash.events.leads.ContactUpdated;
import io.lead2cash.events.leads.LeadQualified;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    @Test
    void handlersThatTakeExactlyTheSubscribedEventsAreAccepted() {
        EventHandlers handlers = EventHandlers.create().on(AccountCreated.class, e -> { })
                .on(AccountUpdated.class, e -> { }).on(ContactCreated.class, e -> { }).on(ContactUpdated.class, e -> { })
                .exactly(Subscriptions.BILL_TO_ADDRESSES_FROM_CUSTOMERS);
        assertThat(handlers.handlerFor(AccountCreated.class)).isNotNull();
    }

    @Test
    void handlersThatTakeAnEventTheSubscriptionDoesNotPublishAreRefusedAtStart() {
        assertThatThrownBy(() -> EventHandlers.create().on(AccountCreated.class, e -> { })
                .on(AccountUpdated.class, e -> { }).on(ContactCreated.class, e -> { }).on(ContactUpdated.class, e -> { })
                .on(LeadQualified.class, e -> { })
                .exactly(Subscriptions.BILL_TO_ADDRESSES_FROM_CUSTOMERS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LeadQualified");
    }

    @Test
    void handlersMissingASubscribedEventAreRefusedAtStart() {
        assertThatThrownBy(() -> EventHandlers.create().on(AccountCreated.class, e -> { })
                .exactly(Subscriptions.BILL_TO_ADDRESSES_FROM_CUSTOMERS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AccountUpdated");
    }
}
