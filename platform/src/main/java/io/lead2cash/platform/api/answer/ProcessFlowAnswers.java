package io.lead2cash.platform.api.answer;

import io.lead2cash.platform.api.ProcessFlowRequest;
import io.lead2cash.platform.api.ProcessFlowView;

import io.lead2cash.platform.process.ProcessFlow;
import io.lead2cash.platform.process.RecordProcess;
import org.jboss.resteasy.reactive.RestResponse;

/** What the flow resources of every service answer: the flow in force, or the flow a manager set, with its ETag. */
public final class ProcessFlowAnswers {

    private ProcessFlowAnswers() {
    }

    public static RestResponse<ProcessFlowView> current(RecordProcess<?> process) {
        ProcessFlow flow = process.flow();
        return Responses.ok(ProcessFlowView.of(flow, process), flow.version);
    }

    public static RestResponse<ProcessFlowView> replaced(RecordProcess<?> process, String ifMatch, ProcessFlowRequest body) {
        ProcessFlow flow = process.replace(ETags.required(ifMatch), body.name(), body.stagesAsSet());
        return Responses.ok(ProcessFlowView.of(flow, process), flow.version);
    }
}
