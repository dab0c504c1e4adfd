package com.bantu.foundation;

import com.bantu.common.test.FeatureRulesCheck;
import java.util.Set;

/**
 * Package-by-feature rules (common-lib's ArchitectureRules) over this service's production classes. The listed
 * services still read another feature's repository directly (user, organization and role management and login
 * predate the rule): the list may only shrink; new code goes through the other feature's service.
 */
class ArchitectureTest extends FeatureRulesCheck {

    ArchitectureTest() {
        super("com.bantu.foundation", Set.of(
                "com.bantu.foundation.user.UserService",
                "com.bantu.foundation.auth.AuthService",
                "com.bantu.foundation.organization.OrganizationService",
                "com.bantu.foundation.config.AdminBootstrap"));
    }
}
