package io.lead2cash.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.events.Subscriptions;
import io.lead2cash.events.leads.LeadDisqualified;
import io.lead2cash.events.leads.LeadQualified;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    @Test
    void handlersThatTakeExactlyTheSubscribedEventsAreAccepted() {
        EventHandlers handlers = EventHandlers.create().on(LeadQualified.class, e -> { })
                .exactly(Subscriptions.OPPORTUNITIES_FROM_QUALIFIED_LEADS);
        assertThat(handlers.handlerFor(LeadQualified.class)).isNotNull();
    }

    @Test
    void handlersThatTakeAnEventTheSubscriptionDoesNotPublishAreRefusedAtStart() {
        assertThatThrownBy(() -> EventHandlers.create().on(LeadQualified.class, e -> { })
                .on(LeadDisqualified.class, e -> { }).exactly(Subscriptions.OPPORTUNITIES_FROM_QUALIFIED_LEADS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LeadDisqualified");
    }

    @Test
    void handlersMissingASubscribedEventAreRefusedAtStart() {
        assertThatThrownBy(() -> EventHandlers.create().exactly(Subscriptions.OPPORTUNITIES_FROM_QUALIFIED_LEADS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LeadQualified");
    }
}
