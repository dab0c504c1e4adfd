package com.bantu.foundation;

import com.bantu.common.test.FeatureRulesCheck;
import java.util.Set;

/**
 * Package-by-feature rules (common-lib's ArchitectureRules) over this service's production classes, without known
 * exceptions: every feature reaches another only through its services.
 */
class ArchitectureTest extends FeatureRulesCheck {

    ArchitectureTest() {
        super("com.bantu.foundation", Set.of());
    }
}
