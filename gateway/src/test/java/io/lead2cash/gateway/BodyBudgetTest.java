package io.lead2cash.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bytes of bodies the gateway holds at once stay within its budget and each caller's share. */
class BodyBudgetTest {

    @Test
    void aCallerBeyondItsShareIsRefusedAndTakesNothing() {
        BufferedBody.Budget budget = new BufferedBody.Budget(1000, 300);
        budget.take("ann", 200);
        assertThatThrownBy(() -> budget.take("ann", 200)).isInstanceOfSatisfying(BufferedBody.OverBudget.class,
                over -> assertThat(over.callersOwn).isTrue());
        assertThat(budget.held()).isEqualTo(200);
        budget.take("ben", 300);
        assertThat(budget.held()).isEqualTo(500);
    }

    @Test
    void theGatewaysBudgetRefusesEveryoneOnceFullAndTakesBackWhatIsReleased() {
        BufferedBody.Budget budget = new BufferedBody.Budget(500, 300);
        budget.take("ann", 300);
        budget.take("ben", 200);
        assertThatThrownBy(() -> budget.take("cid", 1)).isInstanceOfSatisfying(BufferedBody.OverBudget.class,
                over -> assertThat(over.callersOwn).isFalse());
        assertThat(budget.held()).isEqualTo(500);
        budget.release("ann", 300);
        budget.take("cid", 250);
        budget.take("ann", 50);
        assertThat(budget.held()).isEqualTo(500);
    }
}
