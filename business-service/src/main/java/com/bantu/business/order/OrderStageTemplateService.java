package com.bantu.business.order;

import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processing-stage templates: named lists of stages ({@code default} is seeded) and which service types use which
 * template. When an order without stages is assigned, its stages come from, in this order: the template the
 * assignment names ({@code stage_template}); else the template of the first service type among the order's
 * non-cancelled items (by item number) that has one; else {@code default}.
 */
@Service
public class OrderStageTemplateService {

    public static final String DEFAULT = "default";
    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,99}$");

    public record StagePart(@NotBlank @Size(max = 100) String stageCode, @NotBlank @Size(max = 255) String stageName,
                            @NotNull @Min(1) Integer stageOrder) {
    }

    public record TemplateRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull StagePart> stages,
                                  @Size(max = 200) List<@NotBlank @Size(min = 36, max = 36) String> serviceTypeIds) {
    }

    public record StageView(String stageCode, String stageName, int stageOrder, boolean isActive) {
    }

    public record TemplateResponse(String templateCode, List<String> serviceTypeIds, List<StageView> stages) {
    }

    private final OrderStageTemplateRepository templates;
    private final OrderStageTemplateBindingRepository bindings;
    private final OrderItemRepository items;

    public OrderStageTemplateService(OrderStageTemplateRepository templates,
                                     OrderStageTemplateBindingRepository bindings, OrderItemRepository items) {
        this.templates = templates;
        this.bindings = bindings;
        this.items = items;
    }

    @Transactional(readOnly = true)
    public List<TemplateResponse> list() {
        Map<String, List<StageView>> stages = new LinkedHashMap<>();
        for (OrderStageTemplate t : templates.findAllByOrderByTemplateCodeAscStageOrderAsc()) {
            stages.computeIfAbsent(t.templateCode, k -> new ArrayList<>())
                    .add(new StageView(t.stageCode, t.stageName, t.stageOrder, t.isActive));
        }
        Map<String, List<String>> types = new LinkedHashMap<>();
        for (OrderStageTemplateBinding b : bindings.findAllByOrderByTemplateCodeAscServiceTypeIdAsc()) {
            types.computeIfAbsent(b.templateCode, k -> new ArrayList<>()).add(b.serviceTypeId);
        }
        List<TemplateResponse> out = new ArrayList<>();
        stages.forEach((code, list) -> out.add(new TemplateResponse(code, types.getOrDefault(code, List.of()),
                list)));
        return out;
    }

    @Transactional(readOnly = true)
    public TemplateResponse get(String code) {
        return list().stream().filter(t -> t.templateCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("阶段模板不存在"));
    }

    /**
     * Creates or replaces template {@code code}: its stages become exactly the given ones (active), and the given
     * service types use it from now on (a service type named by another template moves here; service types this
     * template served before and that are not listed fall back to {@code default}). Without
     * {@code service_type_ids} the bindings stay as they are.
     */
    @Transactional
    public TemplateResponse put(String code, TemplateRequest r) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ValidationException.of("template_code", "lower-case letters, digits, '_' or '-', at most 100");
        }
        Set<String> stageCodes = new HashSet<>();
        for (int i = 0; i < r.stages().size(); i++) {
            if (!stageCodes.add(r.stages().get(i).stageCode().trim())) {
                throw ValidationException.of("stages[" + i + "].stage_code", "listed twice");
            }
        }
        if (r.serviceTypeIds() != null && DEFAULT.equals(code) && !r.serviceTypeIds().isEmpty()) {
            throw ValidationException.of("service_type_ids", "the default template serves every other service type");
        }
        templates.deleteTemplate(code);
        for (StagePart p : r.stages()) {
            OrderStageTemplate t = new OrderStageTemplate();
            t.templateCode = code;
            t.stageCode = p.stageCode().trim();
            t.stageName = p.stageName().trim();
            t.stageOrder = p.stageOrder();
            t.isActive = true;
            templates.save(t);
        }
        if (r.serviceTypeIds() != null) {
            Set<String> types = new LinkedHashSet<>(r.serviceTypeIds());
            bindings.unbindTemplate(code);
            if (!types.isEmpty()) {
                bindings.unbindServiceTypes(types);
            }
            for (String type : types) {
                OrderStageTemplateBinding b = new OrderStageTemplateBinding();
                b.serviceTypeId = type;
                b.templateCode = code;
                bindings.save(b);
            }
        }
        templates.flush();
        bindings.flush();
        return get(code);
    }

    /** Deletes a template and its service-type bindings (those service types fall back to default). */
    @Transactional
    public void delete(String code) {
        if (DEFAULT.equals(code)) {
            throw new ConflictException("默认阶段模板不能删除");
        }
        if (!templates.existsByTemplateCode(code)) {
            throw new NotFoundException("阶段模板不存在");
        }
        templates.deleteTemplate(code);
        bindings.unbindTemplate(code);
    }

    /** The stages an order without stages gets on assignment (see the class comment); 400 on an unknown choice. */
    List<OrderStageTemplate> stagesFor(String orderId, String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            List<OrderStageTemplate> list = templates.findByTemplateCodeAndIsActiveTrueOrderByStageOrderAsc(
                    chosen.trim());
            if (list.isEmpty()) {
                throw ValidationException.of("stage_template", "no stage template " + chosen.trim());
            }
            return list;
        }
        List<String> types = items.activeServiceTypes(orderId);
        if (!types.isEmpty()) {
            Map<String, String> byType = new LinkedHashMap<>();
            bindings.findByServiceTypeIdIn(new HashSet<>(types)).forEach(b -> byType.put(b.serviceTypeId,
                    b.templateCode));
            for (String type : types) {
                String code = byType.get(type);
                if (code != null) {
                    List<OrderStageTemplate> list = templates
                            .findByTemplateCodeAndIsActiveTrueOrderByStageOrderAsc(code);
                    if (!list.isEmpty()) {
                        return list;
                    }
                }
            }
        }
        return templates.findByTemplateCodeAndIsActiveTrueOrderByStageOrderAsc(DEFAULT);
    }
}
