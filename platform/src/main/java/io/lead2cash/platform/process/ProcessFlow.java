package io.lead2cash.platform.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.events.ProcessFlowData;
import io.lead2cash.platform.domain.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A business process flow, as in Dynamics 365: the stages a kind of record goes through and the steps (fields to fill,
 * records to add) each stage asks for before the record moves on. One flow per kind of record; managers change it.
 */
@Entity
@Table(name = "process_flow")
public class ProcessFlow extends TrackedEntity {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the flow guides: {@code opportunity} or {@code lead}. */
    public String recordType;
    public String name;
    public String modifiedBy;

    /** The stages, in order, as JSON: read and written whole, never queried. */
    @Column(name = "stages")
    String stagesJson;

    @Transient
    private List<Stage> stages;

    /** One stage: its name (for opportunities, a sales stage), what users see, and its steps. */
    public record Stage(String name, String label, List<Step> steps) {
        public Stage {
            steps = List.copyOf(steps);
        }
    }

    /** One step of a stage; only the required ones stop a record from moving on. */
    public record Step(String step, String label, boolean required) {
    }

    /** A required step the record has not done yet, named with the stage that asks for it. */
    public record Missing(String stage, String step, String label) {
    }

    static ProcessFlow of(String recordType, String name, List<Stage> stages, String by) {
        ProcessFlow flow = new ProcessFlow();
        flow.initialise();
        flow.recordType = recordType;
        flow.setStages(name, stages, by);
        return flow;
    }

    public List<Stage> stages() {
        if (stages == null) {
            try {
                stages = List.copyOf(JSON.readValue(stagesJson, new TypeReference<List<Stage>>() { }));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The stored " + recordType + " flow is not readable JSON", e);
            }
        }
        return stages;
    }

    public Optional<Stage> stage(String stageName) {
        return stages().stream().filter(s -> s.name().equals(stageName)).findFirst();
    }

    /**
     * The required steps not yet done on the way from one stage to a later one: those of the current stage and of
     * every stage passed over, as a Dynamics 365 flow does not let a record skip a stage's requirements. Moving back
     * or staying asks for nothing; a record in a stage the flow no longer has is checked from the first stage.
     */
    public List<Missing> missingOnTheWay(String from, String to, StepCheck done) {
        int start = Math.max(0, indexOf(from));
        int end = indexOf(to);
        List<Missing> missing = new ArrayList<>();
        for (int i = start; i < end; i++) {
            missing.addAll(missingIn(stages().get(i), done));
        }
        return missing;
    }

    /** The required steps not yet done in every stage: what completing the flow (qualifying a lead) needs. */
    public List<Missing> missingToFinish(StepCheck done) {
        List<Missing> missing = new ArrayList<>();
        for (Stage stage : stages()) {
            missing.addAll(missingIn(stage, done));
        }
        return missing;
    }

    public int indexOf(String stageName) {
        for (int i = 0; i < stages().size(); i++) {
            if (stages().get(i).name().equals(stageName)) {
                return i;
            }
        }
        return -1;
    }

    void setStages(String newName, List<Stage> newStages, String by) {
        try {
            stagesJson = JSON.writeValueAsString(newStages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        stages = List.copyOf(newStages);
        name = newName;
        modifiedBy = by;
        touch();
    }

    public ProcessFlowData data() {
        return new ProcessFlowData(recordType, name, stages().stream().map(s -> new ProcessFlowData.StageData(s.name(),
                s.label(), s.steps().stream().map(p -> new ProcessFlowData.StepData(p.step(), p.label(), p.required()))
                        .toList())).toList(), modifiedBy, modifiedAt);
    }

    private static List<Missing> missingIn(Stage stage, StepCheck done) {
        return stage.steps().stream().filter(s -> s.required() && !done.isDone(s.step()))
                .map(s -> new Missing(stage.name(), s.step(), s.label())).toList();
    }

    /** Whether the record has done a step (filled a field, added a record), asked once per required step. */
    @FunctionalInterface
    public interface StepCheck {
        boolean isDone(String step);
    }
}
