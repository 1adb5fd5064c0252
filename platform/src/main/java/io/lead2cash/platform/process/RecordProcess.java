package io.lead2cash.platform.process;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The business process flow of one kind of record, as its service defines it (its steps, its default, its event):
 * reading the flow in force, a manager replacing it, and checking a record's steps.
 */
public abstract class RecordProcess<R> implements StepCatalog {

    @Inject protected ProcessFlows flows;
    @Inject protected Outbox outbox;
    @Inject protected CurrentUser user;

    /** Every step a flow of this kind of record may ask for, in a stable order. */
    protected abstract List<ProcessStep<R>> stepList();

    /** The event telling integrators a manager changed the flow. */
    protected abstract BusinessEvent changed(ProcessFlow flow);

    @Override
    public Map<String, String> steps() {
        Map<String, String> steps = new LinkedHashMap<>();
        stepList().forEach(step -> steps.put(step.name(), step.label()));
        return steps;
    }

    /** The flow in force: the stored one or the default. */
    public ProcessFlow flow() {
        return flows.current(this);
    }

    /** Replaces the flow (the resource lets only managers) and publishes the change in the same transaction. */
    @Transactional
    public ProcessFlow replace(ExpectedVersion expected, String name, List<ProcessFlow.Stage> stages) {
        ProcessFlow flow = flows.replace(this, expected, name, stages, user.id());
        outbox.append(changed(flow));
        return flow;
    }

    /** Whether the record has done a step; one a later version no longer knows cannot hold a record back. */
    public boolean isDone(R record, String step) {
        return stepList().stream().filter(s -> s.name().equals(step)).findFirst()
                .map(s -> s.isDoneBy(record)).orElse(true);
    }

    /** A step the stage will not let a record leave without. */
    protected static ProcessFlow.Step required(ProcessStep<?> step) {
        return new ProcessFlow.Step(step.name(), step.label(), true);
    }

    /** A step the stage shows as guidance only. */
    protected static ProcessFlow.Step guidance(ProcessStep<?> step) {
        return new ProcessFlow.Step(step.name(), step.label(), false);
    }
}
