package io.lead2cash.platform.api;

import io.lead2cash.platform.process.ProcessFlow;
import io.lead2cash.platform.process.StepCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A business process flow: its stages and steps, and every step a manager may choose from. */
@Schema(name = "ProcessFlow")
public record ProcessFlowView(String recordType, String name, List<StageView> stages,
        @Schema(description = "Every step a flow of this kind of record may ask for, with its default label")
        Map<String, String> availableSteps,
        @Schema(description = "The user who last changed it; system for the default") String modifiedBy, Instant modifiedAt) {

    /** One stage and its steps. */
    @Schema(name = "ProcessStage")
    public record StageView(String name, String label, List<StepView> steps) {
    }

    /** One step; {@code done} is present when the flow is shown for one record. */
    @Schema(name = "ProcessStep")
    public record StepView(String step, String label, boolean required,
            @Schema(nullable = true, description = "Whether the record has done it; absent on the flow itself") Boolean done) {
    }

    public static ProcessFlowView of(ProcessFlow flow, StepCatalog catalog) {
        return of(flow, catalog, null);
    }

    /** The flow as one record sees it: each step says whether that record has done it. */
    public static ProcessFlowView of(ProcessFlow flow, StepCatalog catalog, ProcessFlow.StepCheck done) {
        return new ProcessFlowView(flow.recordType, flow.name, flow.stages().stream()
                .map(s -> new StageView(s.name(), s.label(), s.steps().stream().map(p -> new StepView(p.step(), p.label(),
                        p.required(), done == null ? null : done.isDone(p.step()))).toList())).toList(),
                catalog.steps(), flow.modifiedBy, flow.modifiedAt);
    }
}
