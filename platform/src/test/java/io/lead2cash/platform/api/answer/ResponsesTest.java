package io.lead2cash.platform.api.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.platform.fixture.shop.domain.Basket;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The kit sets representations as bodies and refuses an entity, which no method signature would show. */
class ResponsesTest {

    record BasketView(UUID id) {
    }

    @Test
    void anEntityIsNeverABody() {
        assertThatThrownBy(() -> Responses.ok(new Basket(), 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Basket");
    }

    @Test
    void aRepresentationIsTheBodyAsGiven() {
        BasketView view = new BasketView(UUID.randomUUID());
        assertThat(Responses.representation(view)).isSameAs(view);
    }

    @Test
    void doneAnswers204WithNoBody() {
        var done = Responses.done();
        assertThat(done.getStatus()).isEqualTo(204);
        assertThat(done.getEntity()).isNull();
    }
}
