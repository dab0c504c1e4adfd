package com.bantu.common.security;

/**
 * Who may do what, as {@code @PreAuthorize} expressions: the one place every service takes them from (a service never
 * writes an expression inline). Roles and permissions come from the verified token only.
 * <ul>
 *   <li>Permission constants ({@code CUSTOMER_VIEW}, {@code ORDER_UPDATE}, ...) all have ONE form:
 *       {@code hasRole('ADMIN') or hasAuthority('<catalogue code>')}. The code is one of foundation's permission
 *       catalogue ({@code resource.action}); the token's {@code perms} claim carries the codes the user's roles are
 *       granted, and common-lib's filter maps each to an authority as it is. ADMIN short-circuits (its effective set
 *       is every active permission anyway). Which role holds which code is data (foundation's role grants, editable on
 *       the role page), not code: a role's grants changing changes what it may do in every service.</li>
 *   <li>A token without a {@code perms} claim holds no permission: only its ADMIN role (if any) lets it through.
 *       Foundation puts the claim into every token it issues; a token from before the claim existed has ended anyway
 *       (token versions).</li>
 *   <li>{@link #ADMIN}: what stays ADMIN-only by design: changing an owner (order assignment), verifying files, lead
 *       pools.</li>
 *   <li>{@link #INTERNAL}: the {@code /internal/**} APIs services call on each other: SERVICE tokens only (a user
 *       token, ADMIN's included, is refused; the security filter chain also refuses SERVICE tokens anywhere else).</li>
 *   <li>{@link #SIGNED_IN}: any verified token (AGENT included): shared reference data such as product dependencies.</li>
 * </ul>
 */
public final class Roles {

    /** Role names as they appear in tokens (without the {@code ROLE_} prefix). */
    public static final String ROLE_ADMIN = "ADMIN";

    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String INTERNAL = "hasRole('SERVICE')";
    /** Any verified token (every role, AGENT included): shared reference data such as product dependencies. */
    public static final String SIGNED_IN = "isAuthenticated()";

    // ---- Foundation: users, organizations, roles, permissions, audit ----
    /** Staff pickers: the slim user projection (id, username, display name). SALES, OPERATION, FINANCE by seed. */
    public static final String USER_LIST = "hasRole('ADMIN') or hasAuthority('user.list')";
    /** Full user records (e-mail, phone, address, messengers, last login) of other users. ADMIN only by seed. */
    public static final String USER_DETAILS = "hasRole('ADMIN') or hasAuthority('user.update')";
    public static final String USER_CREATE = "hasRole('ADMIN') or hasAuthority('user.create')";
    /** Editing a user and resetting their password. */
    public static final String USER_UPDATE = "hasRole('ADMIN') or hasAuthority('user.update')";
    /** Deleting and restoring a user. */
    public static final String USER_DELETE = "hasRole('ADMIN') or hasAuthority('user.delete')";
    /** An organization's employees and its tax id, registration and revenue figures. ADMIN only by seed. */
    public static final String ORGANIZATION_DETAILS = "hasRole('ADMIN') or hasAuthority('organization.update')";
    public static final String ORGANIZATION_CREATE = "hasRole('ADMIN') or hasAuthority('organization.create')";
    public static final String ORGANIZATION_UPDATE = "hasRole('ADMIN') or hasAuthority('organization.update')";
    /** Deleting and restoring an organization. */
    public static final String ORGANIZATION_DELETE = "hasRole('ADMIN') or hasAuthority('organization.delete')";
    public static final String ROLE_CREATE = "hasRole('ADMIN') or hasAuthority('role.create')";
    public static final String ROLE_UPDATE = "hasRole('ADMIN') or hasAuthority('role.update')";
    public static final String ROLE_DELETE = "hasRole('ADMIN') or hasAuthority('role.delete')";
    /** Giving a user a role and taking it away. */
    public static final String ROLE_ASSIGN = "hasRole('ADMIN') or hasAuthority('role.assign')";
    /** The permission catalogue and role grants (read). */
    public static final String PERMISSION_VIEW = "hasRole('ADMIN') or hasAuthority('permission.view')";
    /** Catalogue edits and a role's grants. */
    public static final String PERMISSION_MANAGE = "hasRole('ADMIN') or hasAuthority('permission.manage')";
    /** The audit trail: list, detail, export. */
    public static final String AUDIT_VIEW = "hasRole('ADMIN') or hasAuthority('audit.view')";

    // ---- service-management: customers and their parts, service records, the catalogue, suppliers, reference data ----
    /** Customers and their parts (contacts, documents, payment stages, follow-ups); the data scope narrows further. */
    public static final String CUSTOMER_VIEW = "hasRole('ADMIN') or hasAuthority('customer.view')";
    public static final String CUSTOMER_CREATE = "hasRole('ADMIN') or hasAuthority('customer.create')";
    /** Editing a customer and its contacts, documents and follow-ups. */
    public static final String CUSTOMER_UPDATE = "hasRole('ADMIN') or hasAuthority('customer.update')";
    /** Deleting and restoring a customer. */
    public static final String CUSTOMER_DELETE = "hasRole('ADMIN') or hasAuthority('customer.delete')";
    /** A customer's payment stages: add, edit, remove. */
    public static final String PAYMENT_STAGE_MANAGE = "hasRole('ADMIN') or hasAuthority('payment_stage.manage')";
    /** Service records and their follow-ups. */
    public static final String SERVICE_RECORD_VIEW = "hasRole('ADMIN') or hasAuthority('service_record.view')";
    public static final String SERVICE_RECORD_CREATE = "hasRole('ADMIN') or hasAuthority('service_record.create')";
    /** Editing a service record and adding follow-ups to it. */
    public static final String SERVICE_RECORD_UPDATE = "hasRole('ADMIN') or hasAuthority('service_record.update')";
    /** Deleting and restoring a service record. */
    public static final String SERVICE_RECORD_DELETE = "hasRole('ADMIN') or hasAuthority('service_record.delete')";
    /** The catalogue: products (with vendor offers and price history), categories, service types. */
    public static final String PRODUCT_VIEW = "hasRole('ADMIN') or hasAuthority('product.view')";
    /** New products, categories and service types. */
    public static final String PRODUCT_CREATE = "hasRole('ADMIN') or hasAuthority('product.create')";
    /** Catalogue edits, vendor offers of a product and product dependencies. */
    public static final String PRODUCT_UPDATE = "hasRole('ADMIN') or hasAuthority('product.update')";
    /** Deleting (and restoring) products, categories and service types. */
    public static final String PRODUCT_DELETE = "hasRole('ADMIN') or hasAuthority('product.delete')";
    /** Supplier (vendor organization) pages. */
    public static final String VENDOR_VIEW = "hasRole('ADMIN') or hasAuthority('vendor.view')";
    /** Supplier writes: link products to a vendor, its cost prices (batch and single, future-dated). ADMIN by seed. */
    public static final String VENDOR_UPDATE = "hasRole('ADMIN') or hasAuthority('vendor.update')";
    /** Reference lists: industries, customer sources and channels, customer levels, follow-up and order statuses. */
    public static final String REFERENCE_VIEW = "hasRole('ADMIN') or hasAuthority('reference.view')";
    /** Edits of the customer sources and channels. */
    public static final String REFERENCE_MANAGE = "hasRole('ADMIN') or hasAuthority('reference.manage')";

    // ---- business: orders, leads, opportunities, notifications ----
    /** Orders with their items, stages, assignments, comments and files; the data scope narrows further. */
    public static final String ORDER_VIEW = "hasRole('ADMIN') or hasAuthority('order.view')";
    /** New orders, also from an opportunity. */
    public static final String ORDER_CREATE = "hasRole('ADMIN') or hasAuthority('order.create')";
    /** Order edits, items and stages. */
    public static final String ORDER_UPDATE = "hasRole('ADMIN') or hasAuthority('order.update')";
    public static final String ORDER_DELETE = "hasRole('ADMIN') or hasAuthority('order.delete')";
    /** An order's files: upload, edit, remove. */
    public static final String ORDER_UPLOAD = "hasRole('ADMIN') or hasAuthority('order.upload')";
    /** Comments on an order: write, reply, edit, pin, remove. */
    public static final String ORDER_COMMENT = "hasRole('ADMIN') or hasAuthority('order.comment')";
    /** Leads (with follow-ups and notes), lead pools, the duplicate check. */
    public static final String LEAD_VIEW = "hasRole('ADMIN') or hasAuthority('lead.view')";
    public static final String LEAD_CREATE = "hasRole('ADMIN') or hasAuthority('lead.create')";
    /** Lead edits, assignment requests, moving to the pool, follow-ups and notes. */
    public static final String LEAD_UPDATE = "hasRole('ADMIN') or hasAuthority('lead.update')";
    public static final String LEAD_DELETE = "hasRole('ADMIN') or hasAuthority('lead.delete')";
    /** Turning a lead into a customer or an opportunity. */
    public static final String LEAD_CONVERT = "hasRole('ADMIN') or hasAuthority('lead.convert')";
    /** Opportunities (with follow-ups and notes), dependency checks and order price calculation. */
    public static final String OPPORTUNITY_VIEW = "hasRole('ADMIN') or hasAuthority('opportunity.view')";
    /** New opportunities, also from a lead. */
    public static final String OPPORTUNITY_CREATE = "hasRole('ADMIN') or hasAuthority('opportunity.create')";
    /** Opportunity edits, stage changes, assignment requests, follow-ups and notes. */
    public static final String OPPORTUNITY_UPDATE = "hasRole('ADMIN') or hasAuthority('opportunity.update')";
    public static final String OPPORTUNITY_DELETE = "hasRole('ADMIN') or hasAuthority('opportunity.delete')";
    /** The caller's own notifications: read and mark read. */
    public static final String NOTIFICATION_VIEW = "hasRole('ADMIN') or hasAuthority('notification.view')";

    // ---- finance ----
    /** Receivables, payments and collection tasks; the data scope narrows further. */
    public static final String FINANCE_RECEIVABLE_VIEW = "hasRole('ADMIN') or hasAuthority('finance.receivable.view')";
    /** Receivable plans, edits and cancellations; payment confirmation. */
    public static final String FINANCE_RECEIVABLE_MANAGE = "hasRole('ADMIN') or hasAuthority('finance.receivable.manage')";
    /** Finance reports and statistics. */
    public static final String FINANCE_REPORT_VIEW = "hasRole('ADMIN') or hasAuthority('finance.report.view')";
    /** Recording a payment received and cancelling an unconfirmed one. */
    public static final String PAYMENT_RECORD = "hasRole('ADMIN') or hasAuthority('payment.record')";
    /** Collection tasks: create, edit, complete, remind, cancel. */
    public static final String COLLECTION_TASK_UPDATE = "hasRole('ADMIN') or hasAuthority('collection_task.update')";

    // ---- workflow ----
    /** Process definitions, instances with their history, tasks. */
    public static final String WORKFLOW_VIEW = "hasRole('ADMIN') or hasAuthority('workflow.view')";
    /** Starting and cancelling instances; claiming, releasing and completing tasks. */
    public static final String WORKFLOW_OPERATE = "hasRole('ADMIN') or hasAuthority('workflow.operate')";
    /** Deploying and editing definitions, assigning tasks, suspending and resuming instances. */
    public static final String WORKFLOW_MANAGE = "hasRole('ADMIN') or hasAuthority('workflow.manage')";

    // ---- analytics-monitoring ----
    /** Dashboards: customer, order, revenue, service-record, user and organization figures. */
    public static final String ANALYTICS_VIEW = "hasRole('ADMIN') or hasAuthority('analytics.view')";
    /** Service and database health, system metrics, alerts. */
    public static final String MONITORING_VIEW = "hasRole('ADMIN') or hasAuthority('monitoring.view')";
    /** Acknowledging and resolving alerts. */
    public static final String MONITORING_MANAGE = "hasRole('ADMIN') or hasAuthority('monitoring.manage')";
    /** The central system log: query and statistics. */
    public static final String LOG_VIEW = "hasRole('ADMIN') or hasAuthority('log.view')";

    private Roles() {
    }
}
