package com.bantu.workflow.process;

import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * Reads names and candidate groups from deployed BPMN models (cached by the engine). Names are bilingual: the BPMN
 * {@code name} is the Chinese one, the attribute {@code bantu:nameId} the Indonesian one ({@code lang=id}).
 */
@Component
public class ProcessModels {

    public static final String NS = "http://bantu.sbs/bpmn";

    private final RepositoryService repository;

    public ProcessModels(RepositoryService repository) {
        this.repository = repository;
    }

    public static boolean indonesian(String lang) {
        return lang != null && lang.trim().toLowerCase().startsWith("id");
    }

    public String elementName(String processDefinitionId, String elementId, String lang) {
        if (processDefinitionId == null || elementId == null) {
            return null;
        }
        FlowElement e = process(processDefinitionId).getFlowElement(elementId, true);
        if (e == null) {
            return elementId;
        }
        String id = e.getAttributeValue(NS, "nameId");
        return indonesian(lang) && id != null ? id : e.getName() == null ? elementId : e.getName();
    }

    public String candidateGroup(String processDefinitionId, String taskKey) {
        if (process(processDefinitionId).getFlowElement(taskKey, true) instanceof UserTask t) {
            List<String> groups = t.getCandidateGroups();
            return groups == null || groups.isEmpty() ? null : groups.get(0);
        }
        return null;
    }

    /** The Indonesian name of a process, or null. */
    public String processNameId(String processDefinitionId) {
        return process(processDefinitionId).getAttributeValue(NS, "nameId");
    }

    private Process process(String processDefinitionId) {
        BpmnModel model = repository.getBpmnModel(processDefinitionId);
        return model.getMainProcess();
    }
}
