package com.bantu.servicemanagement.customer;

import com.bantu.common.persistence.SoftDeletableEntity;
import com.bantu.common.persistence.StringListConverter;
import com.bantu.servicemanagement.support.ImportProvenance;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A customer (person or company), possibly under a parent customer. Fields are package-private: only this feature package reads and writes them. */
@Entity
@Table(name = "customers")
public class Customer extends SoftDeletableEntity {

    private static final StringListConverter TAGS = new StringListConverter();

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

    /**
     * A customer from a row of {@code customers} read with SQL ({@link CustomerRows}): every column this entity maps,
     * as JPA would load it (an import provenance whose columns are all NULL is null). Not managed by JPA.
     */
    static Customer fromRow(CustomerRows.Columns row) throws SQLException {
        Customer c = new Customer();
        c.id = row.text("id");
        c.createdAt = row.time("created_at");
        c.updatedAt = row.time("updated_at");
        c.active = row.bool("is_active");
        c.deletedAt = row.time("deleted_at");
        c.version = row.number("version");
        ImportProvenance provenance = new ImportProvenance(row.text("id_external"), row.text("owner_id_external"),
                row.text("owner_name"), row.text("created_by_external"), row.text("created_by_name"),
                row.text("updated_by_external"), row.text("updated_by_name"), row.time("created_at_src"),
                row.time("updated_at_src"), row.time("last_action_at_src"), row.text("linked_module"),
                row.text("linked_id_external"));
        c.provenance = provenance.equals(ImportProvenance.NONE) ? null : provenance;
        c.changeLogAtSrc = row.time("change_log_at_src");
        c.name = row.text("name");
        c.code = row.text("code");
        c.level = row.text("level");
        c.parentIdExternal = row.text("parent_id_external");
        c.parentCustomerId = row.text("parent_customer_id");
        c.parentName = row.text("parent_name");
        c.industry = row.text("industry");
        c.description = row.text("description");
        c.tags = TAGS.convertToEntityAttribute(row.text("tags"));
        c.isLocked = row.bool("is_locked");
        c.lastEnrichedAtSrc = row.time("last_enriched_at_src");
        c.enrichStatus = row.text("enrich_status");
        c.channelName = row.text("channel_name");
        c.sourceName = row.text("source_name");
        c.customerRequirements = row.text("customer_requirements");
        c.sourceId = row.text("source_id");
        c.channelId = row.text("channel_id");
        c.customerSourceType = row.text("customer_source_type");
        c.customerType = row.text("customer_type");
        c.ownerUserId = row.text("owner_user_id");
        c.agentUserId = row.text("agent_user_id");
        c.agentId = row.text("agent_id");
        c.idempotencyKey = row.text("idempotency_key");
        c.industryId = row.text("industry_id");
        c.lastFollowUpAt = row.time("last_follow_up_at");
        c.nextFollowUpAt = row.time("next_follow_up_at");
        c.organizationId = row.text("organization_id");
        c.createdBy = row.text("created_by");
        c.updatedBy = row.text("updated_by");
        return c;
    }

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
