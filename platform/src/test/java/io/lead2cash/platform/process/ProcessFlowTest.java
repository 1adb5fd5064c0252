package io.lead2cash.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a flow asks of a record on its way forward, and which flows a manager may set. */
class ProcessFlowTest {

    private static final List<ProcessFlow.Stage> STAGES = List.of(
            new ProcessFlow.Stage("A", "A", List.of(new ProcessFlow.Step("name", "Name", true),
                    new ProcessFlow.Step("phone", "Phone", false))),
            new ProcessFlow.Stage("B", "B", List.of(new ProcessFlow.Step("budget", "Budget", true))),
            new ProcessFlow.Stage("C", "C", List.of(new ProcessFlow.Step("quote", "Quote", true))),
            new ProcessFlow.Stage("D", "D", List.of()));

    private static final StepCatalog CATALOG = new StepCatalog() {
        public String recordType() {
            return "thing";
        }

        public Map<String, String> steps() {
            return Map.of("name", "Name", "phone", "Phone", "budget", "Budget", "quote", "Quote");
        }

        public List<String> fixedStages() {
            return List.of();
        }

        public String defaultName() {
            return "Things";
        }

        public List<ProcessFlow.Stage> defaultStages() {
            return STAGES;
        }
    };

    private final ProcessFlow flow = ProcessFlow.of("thing", "Things", STAGES, "maria");

    @Test
    void movingForwardNeedsTheRequiredStepsOfEveryStageLeftOrPassedOver() {
        Set<String> done = Set.of("name");
        assertThat(flow.missingOnTheWay("A", "B", done::contains)).isEmpty();
        assertThat(flow.missingOnTheWay("A", "D", done::contains)).extracting(ProcessFlow.Missing::step)
                .containsExactly("budget", "quote");
        assertThat(flow.missingOnTheWay(null, "C", Set.<String>of()::contains)).extracting(ProcessFlow.Missing::stage)
                .containsExactly("A", "B");
    }

    @Test
    void movingBackOrStayingAsksForNothing() {
        assertThat(flow.missingOnTheWay("D", "A", step -> false)).isEmpty();
        assertThat(flow.missingOnTheWay("B", "B", step -> false)).isEmpty();
        assertThat(flow.missingToFinish(step -> false)).extracting(ProcessFlow.Missing::step)
                .containsExactly("name", "budget", "quote");
    }

    @Test
    void whatIsMissingIsA422NamingEachStepAndItsStage() {
        assertThatThrownBy(() -> ProcessFlows.requireDone(flow.missingOnTheWay("A", "D", step -> false), "move on"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type().status()).isEqualTo(422);
                    assertThat(e.errors()).extracting(p -> p.field()).containsExactly("name", "budget", "quote");
                    assertThat(e.errors().get(1).rule()).contains("B stage", "Budget");
                });
    }

    @Test
    void aManagersFlowUsesOnlyKnownStepsOnceEachAndGetsTheCatalogLabels() {
        var checked = ProcessFlows.check(CATALOG, List.of(new ProcessFlow.Stage("X", null,
                List.of(new ProcessFlow.Step("phone", null, true)))));
        assertThat(checked.get(0).label()).isEqualTo("X");
        assertThat(checked.get(0).steps().get(0).label()).isEqualTo("Phone");
        assertThatThrownBy(() -> ProcessFlows.check(CATALOG, List.of(new ProcessFlow.Stage("X", null,
                List.of(new ProcessFlow.Step("shoeSize", null, true)))))).hasMessageContaining("stages[0].steps[0].step");
        assertThatThrownBy(() -> ProcessFlows.check(CATALOG, List.of(
                new ProcessFlow.Stage("X", null, List.of(new ProcessFlow.Step("phone", null, true))),
                new ProcessFlow.Stage("Y", null, List.of(new ProcessFlow.Step("phone", null, false))))))
                .hasMessageContaining("once");
        assertThatThrownBy(() -> ProcessFlows.check(CATALOG, List.of())).hasMessageContaining("stages");
    }
}
