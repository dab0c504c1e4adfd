package com.bantu.servicemanagement.servicerecord;

import com.bantu.common.persistence.SoftDeletableEntity;
import com.bantu.common.persistence.StringListConverter;
import com.bantu.servicemanagement.support.ImportProvenance;
import com.bantu.servicemanagement.support.JsonListConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A service sold to a customer and its progress (status, priority, assignee, dates, prices). Fields are package-private: only this feature package reads and writes them. */
@Entity
@Table(name = "service_records")
public class ServiceRecord extends SoftDeletableEntity {

    @Version
    Long version;

    @Embedded
    ImportProvenance provenance;
    String customerId;
    String customerName;
    String serviceTypeId;
    String serviceTypeName;
    String productId;
    String productName;
    String productCode;
    String serviceName;
    String serviceDescription;
    String serviceCode;
    String contactId;
    String contactName;
    String salesUserId;
    String salesUsername;
    String status = "pending";
    String statusDescription;
    String priority = "normal";
    LocalDate expectedStartDate;
    LocalDate expectedCompletionDate;
    LocalDate actualStartDate;
    LocalDate actualCompletionDate;
    LocalDate deadline;
    BigDecimal estimatedPrice;
    BigDecimal finalPrice;
    String currencyCode = "CNY";
    String priceNotes;
    Integer quantity = 1;
    String unit;
    String requirements;
    String customerRequirements;
    String internalNotes;
    String customerNotes;
    String requiredDocuments;
    @Convert(converter = JsonListConverter.class)
    List<Object> attachments = new ArrayList<>();
    LocalDateTime lastFollowUpAt;
    LocalDateTime nextFollowUpAt;
    String followUpNotes;
    @Convert(converter = StringListConverter.class)
    List<String> tags = new ArrayList<>();
    String category;
    String source;
    String channel;
    String referralCustomerId;
    String referralCustomerName;
    boolean isLocked;
    boolean isUrgent;
    boolean isImportant;
    String createdBy;
    String updatedBy;
    /** The creator's organization (from the token), for organization data scopes. */
    String organizationId;
}
