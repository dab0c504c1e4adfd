package com.bantu.finance;

import com.bantu.common.test.FeatureRulesCheck;
import java.util.Set;

/**
 * Package-by-feature rules (common-lib's ArchitectureRules) over this service's production classes. Known debt (a
 * list that may only shrink): payments, payment stages and the order copy form one ledger, and these classes still
 * read each other's repositories directly instead of through the owning feature's service.
 */
class ArchitectureTest extends FeatureRulesCheck {

    ArchitectureTest() {
        super("com.bantu.finance", Set.of(
                "com.bantu.finance.collection.CollectionJob",
                "com.bantu.finance.collection.CollectionTaskService",
                "com.bantu.finance.internal.OrderEvents",
                "com.bantu.finance.payment.PaymentService",
                "com.bantu.finance.receivable.ReceivableService",
                "com.bantu.finance.receivable.StageLedger"));
    }
}
