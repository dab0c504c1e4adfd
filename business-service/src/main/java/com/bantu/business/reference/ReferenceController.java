package com.bantu.business.reference;

import com.bantu.business.config.Roles;
import com.bantu.business.order.OrderStatus;
import com.bantu.business.support.Lang;
import com.bantu.common.api.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bilingual reference lists: customer levels, follow-up statuses (seeded) and order statuses. */
@Tag(name = "reference lists")
@RestController
@RequestMapping({"/api/business", "/api/order-workflow"})
@PreAuthorize(Roles.STAFF)
public class ReferenceController {

    public record Entry(String code, String nameZh, String nameId, String name, String descriptionZh,
                        String descriptionId, int sortOrder) {
        static Entry of(ReferenceEntry e, String lang) {
            return new Entry(e.code, e.nameZh, e.nameId, Lang.pick(lang, e.nameZh, e.nameId), e.descriptionZh,
                    e.descriptionId, e.sortOrder);
        }
    }

    private final CustomerLevelRepository levels;
    private final FollowUpStatusRepository followUpStatuses;

    public ReferenceController(CustomerLevelRepository levels, FollowUpStatusRepository followUpStatuses) {
        this.levels = levels;
        this.followUpStatuses = followUpStatuses;
    }

    @GetMapping("/customer-levels")
    @Transactional(readOnly = true)
    public ApiResponse<List<Entry>> customerLevels(@RequestParam(required = false) String lang) {
        return ApiResponse.ok(levels.findByIsActiveTrueOrderBySortOrder().stream().map(e -> Entry.of(e, lang))
                .toList());
    }

    @GetMapping("/follow-up-statuses")
    @Transactional(readOnly = true)
    public ApiResponse<List<Entry>> followUpStatuses(@RequestParam(required = false) String lang) {
        return ApiResponse.ok(followUpStatuses.findByIsActiveTrueOrderBySortOrder().stream()
                .map(e -> Entry.of(e, lang)).toList());
    }

    @GetMapping("/order-statuses")
    public ApiResponse<List<Map<String, Object>>> orderStatuses(@RequestParam(required = false) String lang) {
        return ApiResponse.ok(List.of(OrderStatus.SUBMITTED, OrderStatus.APPROVED, OrderStatus.ASSIGNED,
                OrderStatus.PROCESSING, OrderStatus.COMPLETED, OrderStatus.CANCELLED).stream()
                .map(c -> Map.<String, Object>of("code", c, "name", OrderStatus.name(c, lang))).toList());
    }
}
