package com.bantu.common.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@link ArchitectureRules} as JUnit tests: a service's {@code ArchitectureTest} extends this class and names its
 * root package (and, for existing debt only, the classes still allowed to read another feature's repository).
 */
public abstract class FeatureRulesCheck {

    private final String root;
    private final Set<String> knownExceptions;
    private final JavaClasses classes;

    protected FeatureRulesCheck(String root) {
        this(root, Set.of());
    }

    protected FeatureRulesCheck(String root, Set<String> knownExceptions) {
        this.root = root;
        this.knownExceptions = knownExceptions;
        this.classes = ArchitectureRules.mainClasses(root);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        ArchitectureRules.repositoriesStayInTheirFeature(root, knownExceptions).check(classes);
    }

    @Test
    void controllersReachOtherFeaturesOnlyThroughServices() {
        ArchitectureRules.controllersTalkToOtherFeaturesThroughServices(root).check(classes);
    }
}
