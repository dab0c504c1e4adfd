package com.bantu.servicemanagement.industry;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /industries}: a plain array (the customer pages load it). Changes are migrations (no write API). */
@Tag(name = "industries")
@RestController
@RequestMapping("/api/service-management/industries")
@PreAuthorize(Roles.REFERENCE_VIEW)
public class IndustryController {

    private final IndustryService service;

    public IndustryController(IndustryService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<List<IndustryResponse>> list(
            @RequestParam(required = false) String lang,
            @RequestParam(name = "is_active", required = false) Boolean isActive) {
        return ApiResponse.ok(service.list(lang, isActive));
    }
}
