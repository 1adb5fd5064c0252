package io.lead2cash.platform.messaging;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.registry.Subscriptions;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** What a consumer does per event class; events of other classes are skipped. */
public final class EventHandlers {

    private final Map<Class<? extends BusinessEvent>, Consumer<BusinessEvent>> handlers = new HashMap<>();

    public static EventHandlers create() {
        return new EventHandlers();
    }

    @SuppressWarnings("unchecked")
    public <E extends BusinessEvent> EventHandlers on(Class<E> eventClass, Consumer<? super E> handler) {
        handlers.put(eventClass, event -> handler.accept((E) event));
        return this;
    }

    /**
     * Fails at start unless these handlers take exactly the events the published subscription says this consumer
     * receives, so the AsyncAPI document's receive operations stay true.
     */
    public EventHandlers exactly(Subscriptions.Subscription subscription) {
        Set<Class<? extends BusinessEvent>> declared = new HashSet<>(subscription.events());
        if (!declared.equals(handlers.keySet())) {
            throw new IllegalStateException("The consumer of " + subscription.topic() + " in " + subscription.consumerGroup()
                    + " handles " + names(handlers.keySet()) + " but its published subscription (Subscriptions) lists "
                    + names(declared) + ": change both together");
        }
        return this;
    }

    private static java.util.List<String> names(Set<Class<? extends BusinessEvent>> events) {
        return events.stream().map(Class::getSimpleName).sorted().toList();
    }

    Consumer<BusinessEvent> handlerFor(Class<? extends BusinessEvent> eventClass) {
        return eventClass == null ? null : handlers.get(eventClass);
    }
}
