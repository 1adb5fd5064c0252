package io.lead2cash.platform.api;

import io.lead2cash.platform.process.ProcessFlow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A business process flow as a manager sets it: the stages in order and the steps each asks for. */
@Schema(name = "ProcessFlowRequest")
public record ProcessFlowRequest(
        @NotBlank(message = "is required") @Size(max = 200) String name,
        @NotNull(message = "is required") @Size(min = 1, max = 10) List<@Valid @NotNull StageRequest> stages) {

    /** One stage; for opportunities its name is a sales stage. */
    @Schema(name = "ProcessStageRequest")
    public record StageRequest(
            @NotBlank(message = "is required") @Size(max = 40) String name,
            @Schema(description = "What users see; the name when left out") @Size(max = 200) String label,
            @NotNull(message = "is required") @Size(max = 20) List<@Valid @NotNull StepRequest> steps) {
    }

    /** One step, named from the flow's catalogue of steps; only required steps stop a record from moving on. */
    @Schema(name = "ProcessStepRequest")
    public record StepRequest(
            @NotBlank(message = "is required") @Size(max = 40) String step,
            @Schema(description = "What users see; the catalogue's label when left out") @Size(max = 200) String label,
            boolean required) {
    }

    public List<ProcessFlow.Stage> stagesAsSet() {
        return stages.stream().map(s -> new ProcessFlow.Stage(s.name(), s.label(), s.steps().stream()
                .map(p -> new ProcessFlow.Step(p.step(), p.label(), p.required())).toList())).toList();
    }
}
