package io.lead2cash.platform.process;

import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.problem.Problem;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and replaces a kind of record's business process flow, and turns what a move lacks into a 422. */
@ApplicationScoped
public class ProcessFlows {

    static final int MAX_STAGES = 10;
    static final int MAX_STEPS_PER_STAGE = 20;

    /** The flow in force: the stored one, or the catalog's default (version 0) until a manager changes it. */
    public ProcessFlow current(StepCatalog catalog) {
        ProcessFlow stored = ProcessFlow.<ProcessFlow>find("recordType", catalog.recordType()).firstResult();
        return stored != null ? stored
                : ProcessFlow.of(catalog.recordType(), catalog.defaultName(), catalog.defaultStages(), "system");
    }

    /**
     * Replaces the flow after checking it against the catalog; the caller's transaction writes it and its event.
     * The default is stored first, so a change made against the default's ETag (version 0) is checked like any other.
     */
    public ProcessFlow replace(StepCatalog catalog, ExpectedVersion expected, String name, List<ProcessFlow.Stage> stages,
            String by) {
        List<ProcessFlow.Stage> checked = check(catalog, stages);
        ProcessFlow flow = ProcessFlow.<ProcessFlow>find("recordType", catalog.recordType()).firstResult();
        if (flow == null) {
            flow = current(catalog);
            flow.persistAndFlush();
        }
        flow.checkVersion(expected);
        flow.setStages(name, checked, by);
        flow.flush();
        return flow;
    }

    /** Refuses a move that leaves required steps undone: 422, each missing step named as a field with its stage. */
    public static void requireDone(List<ProcessFlow.Missing> missing, String move) {
        if (missing.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = missing.stream()
                .map(m -> new Problem.FieldError(m.step(), "is required by the " + m.stage() + " stage: " + m.label()))
                .toList();
        List<Map<String, String>> listed = missing.stream()
                .map(m -> Map.of("stage", m.stage(), "step", m.step(), "label", m.label())).toList();
        throw new ProblemException(ProblemType.STAGE_INCOMPLETE, "Cannot " + move + ": " + missing.size()
                + " required step" + (missing.size() == 1 ? " is" : "s are") + " not done ("
                + String.join(", ", missing.stream().map(ProcessFlow.Missing::step).toList()) + ")",
                errors, Map.of("missing", listed));
    }

    /** The stages as the catalog allows them, labels filled in from the catalog where the manager left them out. */
    static List<ProcessFlow.Stage> check(StepCatalog catalog, List<ProcessFlow.Stage> stages) {
        if (stages.isEmpty() || stages.size() > MAX_STAGES) {
            throw ProblemException.invalid("stages", "must list 1 to " + MAX_STAGES + " stages");
        }
        List<String> fixed = catalog.fixedStages();
        if (!fixed.isEmpty() && !fixed.equals(stages.stream().map(ProcessFlow.Stage::name).toList())) {
            throw ProblemException.invalid("stages", "must be " + String.join(", ", fixed) + ", in this order: a "
                    + catalog.recordType() + "'s stages are fixed, what each asks for is yours to set");
        }
        Set<String> stageNames = new HashSet<>();
        Set<String> steps = new HashSet<>();
        List<ProcessFlow.Stage> checked = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            ProcessFlow.Stage stage = stages.get(i);
            String at = "stages[" + i + "]";
            if (!stageNames.add(stage.name())) {
                throw ProblemException.invalid(at + ".name", "must be unique in the flow");
            }
            if (stage.steps().size() > MAX_STEPS_PER_STAGE) {
                throw ProblemException.invalid(at + ".steps", "must list at most " + MAX_STEPS_PER_STAGE + " steps");
            }
            List<ProcessFlow.Step> stageSteps = new ArrayList<>();
            for (int j = 0; j < stage.steps().size(); j++) {
                ProcessFlow.Step step = stage.steps().get(j);
                String stepAt = at + ".steps[" + j + "].step";
                String defaultLabel = catalog.steps().get(step.step());
                if (defaultLabel == null) {
                    throw ProblemException.invalid(stepAt, "must be one of " + String.join(", ", catalog.steps().keySet()));
                }
                if (!steps.add(step.step())) {
                    throw ProblemException.invalid(stepAt, "must appear once in the flow");
                }
                stageSteps.add(new ProcessFlow.Step(step.step(), step.label() == null ? defaultLabel : step.label(),
                        step.required()));
            }
            checked.add(new ProcessFlow.Stage(stage.name(), stage.label() == null ? stage.name() : stage.label(),
                    stageSteps));
        }
        return checked;
    }
}
