package com.bantu.foundation.organization;

import java.time.LocalDate;

public record EmployeeResponse(String id, String userId, String organizationId, String username,
                               String displayName, String email, String phone, String position,
                               String department, String employeeNumber, boolean isPrimary, boolean isManager,
                               boolean isActive, LocalDate joinedAt) {
}
