package com.bantu.servicemanagement.customer;

import com.bantu.common.persistence.SoftDeletableEntity;
import com.bantu.common.persistence.StringListConverter;
import com.bantu.servicemanagement.support.ImportProvenance;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A customer (person or company), possibly under a parent customer. Fields are package-private: only this feature package reads and writes them. */
@Entity
@Table(name = "customers")
public class Customer extends SoftDeletableEntity {

    @Version
    Long version;

    @Embedded
    ImportProvenance provenance;
    LocalDateTime changeLogAtSrc;
    String name;
    String code;
    String level;
    String parentIdExternal;
    String parentCustomerId;
    String parentName;
    String industry;
    String description;
    @Convert(converter = StringListConverter.class)
    List<String> tags = new ArrayList<>();
    boolean isLocked;
    LocalDateTime lastEnrichedAtSrc;
    String enrichStatus;
    String channelName;
    String sourceName;
    String customerRequirements;
    String sourceId;
    String channelId;
    String customerSourceType = "own";
    String customerType = "individual";
    String ownerUserId;
    String agentUserId;
    String agentId;
    /** Set when another service created the customer (lead conversion): its idempotency key, unique. */
    String idempotencyKey;
    /** The industry (reference data); {@code industry} keeps its name as text for the seed-era client. */
    String industryId;
    LocalDateTime lastFollowUpAt;
    LocalDateTime nextFollowUpAt;
    /** Data scope and audit columns, always from the token (never from a request body). */
    String organizationId;
    String createdBy;
    String updatedBy;

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getParentCustomerId() {
        return parentCustomerId;
    }
}
