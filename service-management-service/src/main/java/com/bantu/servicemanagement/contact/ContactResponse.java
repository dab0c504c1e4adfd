package com.bantu.servicemanagement.contact;

import java.time.LocalDateTime;

public record ContactResponse(
        String id,
        String customerId,
        String firstName,
        String lastName,
        String fullName,
        String email,
        String phone,
        String mobile,
        String position,
        String department,
        boolean isPrimary,
        boolean isDecisionMaker,
        String contactRole,
        String address,
        String city,
        String province,
        String country,
        String postalCode,
        String preferredContactMethod,
        String wechatId,
        String notes,
        String createdBy,
        String updatedBy,
        String customerName,
        boolean isActive,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}
