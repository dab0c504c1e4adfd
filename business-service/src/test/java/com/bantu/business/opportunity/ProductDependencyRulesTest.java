package com.bantu.business.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.remote.ServiceManagement.Dependency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductDependencyRulesTest {

    private static Dependency dep(String product, String dependsOn, String type) {
        return new Dependency(product, "C-" + product, "N-" + product, dependsOn, "C-" + dependsOn, "N-" + dependsOn,
                type, null);
    }

    @Test
    void requiredPrerequisitesMustBeInTheListRecommendedOnesWarn() {
        List<Dependency> rows = List.of(dep("visa", "passport", "required"), dep("visa", "photo", "recommended"),
                dep("visa", "insurance", "optional"));
        ProductDependencyRules.Check missing = ProductDependencyRules.check(List.of("visa"), rows);
        assertThat(missing.isValid()).isFalse();
        assertThat(missing.missingDependencies()).singleElement().satisfies(m -> {
            assertThat(m.productId()).isEqualTo("visa");
            assertThat(m.dependsOnProductId()).isEqualTo("passport");
            assertThat(m.message()).isEqualTo("N-visa 需要 N-passport");
        });
        assertThat(missing.warnings()).containsExactly("N-visa 建议同时选择 N-photo");
        assertThat(ProductDependencyRules.failure(missing)).isEqualTo("产品依赖关系验证失败：N-visa 需要 N-passport");

        ProductDependencyRules.Check ok = ProductDependencyRules.check(List.of("visa", "passport", "photo"), rows);
        assertThat(ok.isValid()).isTrue();
        assertThat(ok.missingDependencies()).isEmpty();
        assertThat(ok.warnings()).isEmpty();
        assertThat(ok.suggestedOrder()).containsExactly("passport", "visa", "photo");
    }

    @Test
    void executionOrderIsATopologicalSortStableInInputOrderWithCyclesAppended() {
        // c needs b, b needs a; d is free; e and f need each other (a cycle)
        List<Dependency> rows = List.of(dep("c", "b", "required"), dep("b", "a", "required"),
                dep("e", "f", "required"), dep("f", "e", "required"), dep("d", "a", "recommended"));
        List<ProductDependencyRules.Step> steps = ProductDependencyRules.order(List.of("c", "e", "d", "b", "a", "f"),
                rows);
        assertThat(steps).extracting(ProductDependencyRules.Step::productId)
                .containsExactly("d", "a", "b", "c", "e", "f");
        assertThat(steps).extracting(ProductDependencyRules.Step::executionOrder).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(steps.get(3).dependencies()).containsExactly("b");
        assertThat(steps.get(0).dependencies()).as("recommended ones do not order").isEmpty();
        // prerequisites outside the list do not block
        assertThat(ProductDependencyRules.order(List.of("c"), rows)).extracting(ProductDependencyRules.Step::productId)
                .containsExactly("c");
    }
}
