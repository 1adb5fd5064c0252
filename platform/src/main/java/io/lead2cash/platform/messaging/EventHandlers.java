package io.lead2cash.platform.messaging;

import io.lead2cash.events.BusinessEvent;
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

    Consumer<BusinessEvent> handlerFor(Class<? extends BusinessEvent> eventClass) {
        return eventClass == null ? null : handlers.get(eventClass);
    }
}
