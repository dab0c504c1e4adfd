package com.bantu.business.opportunity;

import com.bantu.business.remote.ServiceManagement.Dependency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product-dependency rules of an opportunity's product list, given service-management's dependency rows for
 * those products: every {@code required} prerequisite must be in the list (else the list is invalid, naming each
 * missing pair), a missing {@code recommended} one is a warning ({@code optional} ones are ignored), and the execution
 * order is a topological sort of the required dependencies among the chosen products — stable in input order, a
 * product whose prerequisites are placed comes as early as its input position allows; products caught in a cycle are
 * appended in input order. Pure: no I/O, unit-tested.
 */
public final class ProductDependencyRules {

    /** A required prerequisite that is not in the list. */
    public record Missing(String productId, String productCode, String productName, String dependsOnProductId,
                          String dependsOnProductCode, String dependsOnProductName, String message) {
    }

    /** {@code POST /opportunities/{id}/products/validate-dependencies}. */
    public record Check(boolean isValid, List<Missing> missingDependencies, List<String> warnings,
                        List<String> suggestedOrder) {
    }

    /** One row of {@code POST /opportunities/products/calculate-order}: its required prerequisites in the list. */
    public record Step(String productId, int executionOrder, List<String> dependencies) {
    }

    private ProductDependencyRules() {
    }

    public static Check check(List<String> productIds, List<Dependency> rows) {
        Set<String> chosen = new LinkedHashSet<>(productIds);
        List<Missing> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Dependency d : rows) {
            if (!chosen.contains(d.productId()) || chosen.contains(d.dependsOnProductId())) {
                continue;
            }
            if (d.required()) {
                missing.add(new Missing(d.productId(), d.productCode(), d.productName(), d.dependsOnProductId(),
                        d.dependsOnProductCode(), d.dependsOnProductName(),
                        label(d.productName(), d.productId()) + " 需要 "
                                + label(d.dependsOnProductName(), d.dependsOnProductId())));
            } else if (d.recommended()) {
                warnings.add(label(d.productName(), d.productId()) + " 建议同时选择 "
                        + label(d.dependsOnProductName(), d.dependsOnProductId()));
            }
        }
        List<String> order = order(productIds, rows).stream().map(Step::productId).toList();
        return new Check(missing.isEmpty(), missing, warnings, order);
    }

    /** The 400 message of an invalid list: {@code 产品依赖关系验证失败：A 需要 B; C 需要 D}. */
    public static String failure(Check c) {
        return "产品依赖关系验证失败：" + String.join("; ", c.missingDependencies().stream().map(Missing::message)
                .toList());
    }

    public static List<Step> order(List<String> productIds, List<Dependency> rows) {
        List<String> input = List.copyOf(new LinkedHashSet<>(productIds));
        Map<String, List<String>> needs = new LinkedHashMap<>();
        input.forEach(id -> needs.put(id, new ArrayList<>()));
        for (Dependency d : rows) {
            if (d.required() && needs.containsKey(d.productId()) && needs.containsKey(d.dependsOnProductId())
                    && !d.productId().equals(d.dependsOnProductId())
                    && !needs.get(d.productId()).contains(d.dependsOnProductId())) {
                needs.get(d.productId()).add(d.dependsOnProductId());
            }
        }
        List<String> placed = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        boolean progress = true;
        while (progress && placed.size() < input.size()) {
            progress = false;
            for (String id : input) {
                if (!done.contains(id) && done.containsAll(needs.get(id))) {
                    placed.add(id);
                    done.add(id);
                    progress = true;
                    break;
                }
            }
        }
        for (String id : input) {
            if (!done.contains(id)) {
                placed.add(id);
            }
        }
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            out.add(new Step(placed.get(i), i + 1, List.copyOf(needs.get(placed.get(i)))));
        }
        return out;
    }

    private static String label(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
