package com.bantu.workflow;

import com.bantu.common.test.FeatureRulesCheck;

/** Package-by-feature rules (common-lib's ArchitectureRules) over this service's production classes. */
class ArchitectureTest extends FeatureRulesCheck {

    ArchitectureTest() {
        super("com.bantu.workflow");
    }
}
