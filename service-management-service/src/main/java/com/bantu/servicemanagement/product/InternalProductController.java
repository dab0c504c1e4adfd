package com.bantu.servicemanagement.product;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products for other services (never routed by the gateway): {@code {id: {id, name, code, unit}}} for the given ids
 * (unknown ids are absent), used by business-service to snapshot names and codes into order items.
 */
@Hidden
@RestController
@RequestMapping("/internal/products")
@PreAuthorize(Roles.INTERNAL)
public class InternalProductController {

    private final ProductRepository products;

    public InternalProductController(ProductRepository products) {
        this.products = products;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public ApiResponse<Map<String, Map<String, Object>>> byIds(@RequestParam String ids) {
        List<String> wanted = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).limit(1000)
                .toList();
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        products.findAllById(wanted).forEach(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.getId());
            m.put("name", p.name);
            m.put("code", p.code);
            m.put("unit", p.unit);
            out.put(p.getId(), m);
        });
        return ApiResponse.ok(out);
    }
}
