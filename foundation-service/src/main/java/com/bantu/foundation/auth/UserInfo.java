package com.bantu.foundation.auth;

import java.util.List;

public record UserInfo(String id, String username, String email, String displayName,
                       String primaryOrganizationId, String primaryOrganizationName,
                       List<String> organizationIds, List<String> roles, List<String> permissions) {
}
