package com.bantu.business.reference;

import com.bantu.common.security.Roles;
import com.bantu.business.order.OrderService;
import com.bantu.business.support.Lang;
import com.bantu.common.api.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bilingual reference lists: customer levels, follow-up statuses (seeded) and order statuses. */
@Tag(name = "reference lists")
@RestController
@RequestMapping({"/api/business", "/api/order-workflow"})
@PreAuthorize(Roles.REFERENCE_VIEW)
public class ReferenceController {

    public record Entry(String code, String nameZh, String nameId, String name, String descriptionZh,
                        String descriptionId, int sortOrder) {
        static Entry of(ReferenceEntry e, String lang) {
            return new Entry(e.code, e.nameZh, e.nameId, Lang.pick(lang, e.nameZh, e.nameId), e.descriptionZh,
                    e.descriptionId, e.sortOrder);
        }
    }

    private final ReferenceService references;
    private final OrderService orders;

    public ReferenceController(ReferenceService references, OrderService orders) {
        this.references = references;
        this.orders = orders;
    }

    @GetMapping("/customer-levels")
    public ApiResponse<List<Entry>> customerLevels(@RequestParam(required = false) String lang) {
        return ApiResponse.ok(references.activeLevels().stream().map(e -> Entry.of(e, lang))
                .toList());
    }

    @GetMapping("/follow-up-statuses")
    public ApiResponse<List<Entry>> followUpStatuses(@RequestParam(required = false) String lang) {
        return ApiResponse.ok(references.activeFollowUpStatuses().stream()
                .map(e -> Entry.of(e, lang)).toList());
    }

    @GetMapping("/order-statuses")
    public ApiResponse<List<Map<String, Object>>> orderStatuses(@RequestParam(required = false) String lang) {
        return ApiResponse.ok(orders.statuses(lang));
    }
}
