package io.lead2cash.events;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;

/** A business process flow as a manager set it: its stages in order and the steps each asks for. */
public record ProcessFlowData(
        @JsonPropertyDescription("The kind of record the flow guides: opportunity or lead") String recordType,
        String name,
        List<StageData> stages,
        @JsonPropertyDescription("The user who last changed the flow") String modifiedBy,
        Instant modifiedAt) {

    /** One stage and its steps. */
    public record StageData(String name, String label, List<StepData> steps) {
    }

    /** One step; a required one must be done before the record leaves the stage. */
    public record StepData(String step, String label, boolean required) {
    }
}
