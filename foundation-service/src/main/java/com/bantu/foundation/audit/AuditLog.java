package com.bantu.foundation.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/**
 * One audit record. Append-only: rows are inserted by {@link AuditEventHandler} and never updated or deleted by
 * the application ({@code @Immutable}: Hibernate ignores changes to a loaded row). JSON maps are stored as text.
 */
@Entity
@Immutable
@Table(name = "audit_logs")
public class AuditLog {

    @Id
    @Column(length = 36)
    private String id;
    private String organizationId;
    private String userId;
    private String userName;
    @Column(nullable = false)
    private String action;
    private String resourceType;
    private String resourceId;
    private String resourceName;
    private String category;
    private String ipAddress;
    private String userAgent;
    private String requestMethod;
    private String requestPath;
    private String requestId;
    private String requestParams;
    private String oldValues;
    private String newValues;
    @Column(nullable = false)
    private String status;
    private String errorMessage;
    private Integer durationMs;
    private String service;
    @Column(nullable = false)
    private LocalDateTime createdAt;

    protected AuditLog() {
    }

    AuditLog(String id, String organizationId, String userId, String userName, String action, String resourceType,
             String resourceId, String resourceName, String category, String ipAddress, String userAgent,
             String requestMethod, String requestPath, String requestId, String requestParams, String oldValues,
             String newValues, String status, String errorMessage, Integer durationMs, String service,
             LocalDateTime createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.userId = userId;
        this.userName = userName;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.resourceName = resourceName;
        this.category = category;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.requestMethod = requestMethod;
        this.requestPath = requestPath;
        this.requestId = requestId;
        this.requestParams = requestParams;
        this.oldValues = oldValues;
        this.newValues = newValues;
        this.status = status;
        this.errorMessage = errorMessage;
        this.durationMs = durationMs;
        this.service = service;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getOrganizationId() { return organizationId; }
    public String getUserId() { return userId; }
    public String getUserName() { return userName; }
    public String getAction() { return action; }
    public String getResourceType() { return resourceType; }
    public String getResourceId() { return resourceId; }
    public String getResourceName() { return resourceName; }
    public String getCategory() { return category; }
    public String getIpAddress() { return ipAddress; }
    public String getUserAgent() { return userAgent; }
    public String getRequestMethod() { return requestMethod; }
    public String getRequestPath() { return requestPath; }
    public String getRequestId() { return requestId; }
    public String getRequestParams() { return requestParams; }
    public String getOldValues() { return oldValues; }
    public String getNewValues() { return newValues; }
    public String getStatus() { return status; }
    public String getErrorMessage() { return errorMessage; }
    public Integer getDurationMs() { return durationMs; }
    public String getService() { return service; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
