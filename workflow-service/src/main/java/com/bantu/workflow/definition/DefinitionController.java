package com.bantu.workflow.definition;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.error.ValidationException;
import com.bantu.common.security.CurrentUser;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "workflow definitions")
@RestController
@RequestMapping("/api/workflow/definitions")
@PreAuthorize(Roles.WORKFLOW_VIEW)
public class DefinitionController {

    private final DefinitionService service;
    private final Validator validator;

    public DefinitionController(DefinitionService service, Validator validator) {
        this.service = service;
        this.validator = validator;
    }

    @GetMapping
    public ApiResponse<ItemsPage<DefinitionResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String code,
            @RequestParam(name = "workflow_type", required = false) String workflowType,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.list(new DefinitionRepository.Filter(code, workflowType, isActive),
                PageQuery.of(page, size), lang));
    }

    /** By id or code (newest version); {@code bpmn_xml} only for ADMIN. */
    @GetMapping("/{idOrCode}")
    public ApiResponse<DefinitionResponse> get(@PathVariable String idOrCode,
                                               @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.get(idOrCode, lang, CurrentUser.get().hasRole("ADMIN")));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Roles.WORKFLOW_MANAGE)
    public ApiResponse<DefinitionResponse> deploy(@Valid @RequestBody DeployRequest req) {
        return ApiResponse.ok("流程定义已部署", service.deploy(req, CurrentUser.id()));
    }

    /** The same as the JSON form, with the BPMN as an uploaded {@code .bpmn20.xml} file (part {@code file}). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.WORKFLOW_MANAGE)
    public ApiResponse<DefinitionResponse> deployFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam String code,
            @RequestParam(name = "name_zh") String nameZh,
            @RequestParam(name = "name_id") String nameId,
            @RequestParam(name = "description_zh", required = false) String descriptionZh,
            @RequestParam(name = "description_id", required = false) String descriptionId,
            @RequestParam(name = "workflow_type") String workflowType) throws IOException {
        if (file.getOriginalFilename() == null || !(file.getOriginalFilename().endsWith(".bpmn20.xml")
                || file.getOriginalFilename().endsWith(".bpmn"))) {
            throw ValidationException.of("file", "must be a .bpmn20.xml or .bpmn file");
        }
        DeployRequest req = new DeployRequest(code, nameZh, nameId, descriptionZh, descriptionId, workflowType,
                new String(file.getBytes(), StandardCharsets.UTF_8));
        var violations = validator.validate(req);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations.stream()
                    .map(v -> new com.bantu.common.error.FieldError(
                            com.bantu.common.web.Names.snake(v.getPropertyPath().toString()), v.getMessage()))
                    .toList());
        }
        return ApiResponse.ok("流程定义已部署", service.deploy(req, CurrentUser.id()));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.WORKFLOW_MANAGE)
    public ApiResponse<DefinitionResponse> update(@PathVariable String id, @Valid @RequestBody UpdateRequest req) {
        AuditChanges.before(() -> service.get(id, null, false));
        return ApiResponse.ok("流程定义已更新", service.update(id, req, CurrentUser.id()));
    }
}
