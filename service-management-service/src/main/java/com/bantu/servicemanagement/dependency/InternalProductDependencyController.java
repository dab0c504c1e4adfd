package com.bantu.servicemanagement.dependency;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product dependencies for other services (never routed by the gateway): {@code ?product_ids=a,b,c} → the rows whose
 * {@code product_id} is one of them. business-service reads it to validate an order's or opportunity's products.
 */
@Hidden
@RestController
@RequestMapping("/internal/product-dependencies")
@PreAuthorize(Roles.INTERNAL)
public class InternalProductDependencyController {

    private final ProductDependencyService service;

    public InternalProductDependencyController(ProductDependencyService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<List<InternalProductDependency>> forProducts(
            @RequestParam(name = "product_ids", required = false, defaultValue = "") String productIds) {
        return ApiResponse.ok(service.forProducts(Arrays.asList(productIds.split(","))).stream()
                .map(InternalProductDependency::of).toList());
    }
}
