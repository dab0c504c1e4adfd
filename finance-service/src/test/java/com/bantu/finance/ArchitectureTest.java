package com.bantu.finance;

import com.bantu.common.test.FeatureRulesCheck;

/**
 * Package-by-feature rules (common-lib's ArchitectureRules) over this service's production classes, without known
 * exceptions: payments, payment stages and the order copy reach each other through their feature's service
 * ({@code PaymentLedger}, {@code StageLedger}, {@code OrderDirectory}), never through another feature's repository.
 */
class ArchitectureTest extends FeatureRulesCheck {

    ArchitectureTest() {
        super("com.bantu.finance");
    }
}
