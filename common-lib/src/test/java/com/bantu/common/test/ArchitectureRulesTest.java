package com.bantu.common.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared rules catch a controller that reads another feature's repository, and pass the one that asks its service. */
class ArchitectureRulesTest {

    private static final String ROOT = "com.bantu.common.test.archfixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);

    @Test
    void aRepositoryUsedOutsideItsFeatureIsAViolation() {
        assertThatThrownBy(() -> ArchitectureRules.repositoriesStayInTheirFeature(ROOT, Set.of()).check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BadBillingController")
                .hasMessageNotContaining("GoodBillingController");
    }

    @Test
    void aListedExceptionIsTolerated() {
        ArchitectureRules.repositoriesStayInTheirFeature(ROOT, Set.of(ROOT + ".billing.BadBillingController"))
                .check(FIXTURE);
    }

    @Test
    void aControllerMayUseAnotherFeaturesServiceButNotItsRepository() {
        assertThatThrownBy(() -> ArchitectureRules.controllersTalkToOtherFeaturesThroughServices(ROOT).check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BadBillingController")
                .hasMessageNotContaining("GoodBillingController");
    }

    @Test
    void featureIsTheFirstPackageBelowTheRoot() {
        assertThat(ArchitectureRules.feature(FIXTURE.get(ROOT + ".billing.BadBillingController"), ROOT))
                .isEqualTo("billing");
    }
}
