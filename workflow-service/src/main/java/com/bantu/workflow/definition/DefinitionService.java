package com.bantu.workflow.definition;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.workflow.instance.InstanceRepository;
import com.bantu.workflow.process.ProcessModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process definitions: Flowable holds the deployed BPMN and its versions; {@code workflow_definitions} adds the
 * bilingual names, the workflow type and the active flag. The BPMN files under {@code processes/} are deployed by
 * the engine at start-up; {@link #run} then gives every version without a row its row.
 */
@Service
public class DefinitionService implements ApplicationRunner {

    public static final String NOT_FOUND = "流程定义不存在";

    private final RepositoryService repository;
    private final DefinitionRepository definitions;
    private final ProcessModels models;

    public DefinitionService(RepositoryService repository, DefinitionRepository definitions, ProcessModels models) {
        this.repository = repository;
        this.definitions = definitions;
        this.models = models;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (ProcessDefinition pd : repository.createProcessDefinitionQuery().list()) {
            if (!definitions.exists(pd.getId())) {
                catalog(pd, null, null, null, null, pd.getKey(), null);
            }
        }
    }

    @Transactional(readOnly = true)
    public ItemsPage<DefinitionResponse> list(DefinitionRepository.Filter filter, PageQuery page, String lang) {
        DefinitionRepository.Page p = definitions.page(filter, page);
        return new ItemsPage<>(p.items().stream().map(d -> response(d, lang, false)).toList(), p.total(), page.page(),
                page.size());
    }

    /** By id, or by code (its newest version); the BPMN only when {@code withXml}. */
    @Transactional(readOnly = true)
    public DefinitionResponse get(String idOrCode, String lang, boolean withXml) {
        return response(require(idOrCode), lang, withXml);
    }

    public Definition require(String idOrCode) {
        return definitions.findById(idOrCode).or(() -> definitions.findLatest(idOrCode))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** Deploys a new version of {@code code}; identical BPMN to the newest version deploys nothing new. */
    @Transactional
    public DefinitionResponse deploy(DeployRequest r, String actor) {
        Deployment deployment;
        try {
            deployment = repository.createDeployment().name(r.code()).key(r.code()).category(r.workflowType())
                    .addString(r.code() + ".bpmn20.xml", r.bpmnXml()).enableDuplicateFiltering().deploy();
        } catch (RuntimeException e) {
            throw ValidationException.of("bpmn_xml", "not a deployable BPMN 2.0 process: " + rootMessage(e));
        }
        List<ProcessDefinition> deployed = repository.createProcessDefinitionQuery()
                .deploymentId(deployment.getId()).list();
        ProcessDefinition pd = deployed.stream().filter(d -> d.getKey().equals(r.code())).findFirst()
                .orElseThrow(() -> ValidationException.of("bpmn_xml",
                        "must contain one executable process whose id is the code " + r.code()));
        if (deployed.size() > 1) {
            throw ValidationException.of("bpmn_xml", "must contain exactly one process");
        }
        Definition d = definitions.findById(pd.getId()).orElse(null);
        if (d == null) {
            d = catalog(pd, r.nameZh().trim(), r.nameId().trim(), r.descriptionZh(), r.descriptionId(),
                    r.workflowType().trim(), actor);
        }
        return response(d, null, true);
    }

    @Transactional
    public DefinitionResponse update(String id, UpdateRequest r, String actor) {
        Definition d = definitions.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        boolean active = r.isActive() == null ? d.isActive() : r.isActive();
        if (active != d.isActive()) {
            if (active) {
                repository.activateProcessDefinitionById(id);
            } else {
                repository.suspendProcessDefinitionById(id);
            }
        }
        Definition changed = new Definition(d.id(), d.code(), d.version(), or(r.nameZh(), d.nameZh()),
                or(r.nameId(), d.nameId()), r.descriptionZh() == null ? d.descriptionZh() : r.descriptionZh(),
                r.descriptionId() == null ? d.descriptionId() : r.descriptionId(), d.workflowType(), active,
                d.createdBy(), actor, d.createdAt(), InstanceRepository.now());
        definitions.update(changed);
        return response(changed, null, false);
    }

    /** The newest version of {@code code}, which must be active, for starting an instance. */
    @Transactional(readOnly = true)
    public ProcessDefinition startable(String code) {
        ProcessDefinition pd = repository.createProcessDefinitionQuery().processDefinitionKey(code).latestVersion()
                .singleResult();
        if (pd == null) {
            throw ValidationException.of("definition_code", "no process definition with this code");
        }
        if (pd.isSuspended()) {
            throw new ConflictException("流程定义已停用");
        }
        return pd;
    }

    private Definition catalog(ProcessDefinition pd, String nameZh, String nameId, String descriptionZh,
                               String descriptionId, String workflowType, String actor) {
        String zh = nameZh != null ? nameZh : pd.getName() != null ? pd.getName() : pd.getKey();
        String id = nameId != null ? nameId : or(models.processNameId(pd.getId()), zh);
        LocalDateTime now = InstanceRepository.now();
        Definition d = new Definition(pd.getId(), pd.getKey(), pd.getVersion(), zh, id,
                descriptionZh != null ? descriptionZh : pd.getDescription(), descriptionId, workflowType,
                !pd.isSuspended(), actor, actor, now, now);
        definitions.insert(d);
        return d;
    }

    private DefinitionResponse response(Definition d, String lang, boolean withXml) {
        boolean id = ProcessModels.indonesian(lang);
        String xml = null;
        String deploymentId = null;
        if (withXml) {
            ProcessDefinition pd = repository.getProcessDefinition(d.id());
            deploymentId = pd.getDeploymentId();
            try (InputStream in = repository.getProcessModel(d.id())) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DefinitionResponse(d.id(), d.code(), id ? d.nameId() : d.nameZh(), d.nameZh(), d.nameId(),
                id && d.descriptionId() != null ? d.descriptionId() : d.descriptionZh(), d.descriptionZh(),
                d.descriptionId(), d.workflowType(), d.version(), d.isActive(), deploymentId, d.createdBy(),
                d.updatedBy(), d.createdAt(), d.updatedAt(), xml);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 300 ? m.substring(0, 300) : m;
    }
}
