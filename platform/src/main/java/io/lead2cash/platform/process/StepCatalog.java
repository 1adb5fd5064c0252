package io.lead2cash.platform.process;

import java.util.List;
import java.util.Map;

/** What a kind of record offers a flow: the steps that can be checked on it and, when fixed, its stages. */
public interface StepCatalog {

    /** {@code opportunity}, {@code lead}: the flow's key and the last segment of its URL. */
    String recordType();

    /** Every step a flow may ask for, with the label users see by default, in a stable order. */
    Map<String, String> steps();

    /** The stages a flow must have, in order (an opportunity's sales stages); empty when a flow names its own. */
    List<String> fixedStages();

    /** The flow that applies until a manager changes it. */
    String defaultName();

    List<ProcessFlow.Stage> defaultStages();
}
