package com.bantu.workflow.process;

import java.util.Set;

/** Names of the process variables this service sets and reads. */
public final class Vars {

    private Vars() {
    }

    public static final String WORKFLOW_INSTANCE_ID = "workflow_instance_id";
    public static final String BUSINESS_TYPE = "business_type";
    public static final String BUSINESS_ID = "business_id";
    public static final String ORDER_NUMBER = "order_number";
    public static final String FINAL_AMOUNT = "final_amount";
    public static final String CURRENCY_CODE = "currency_code";
    public static final String IDR_AMOUNT = "idr_amount";
    public static final String SALES_USER_ID = "sales_user_id";
    public static final String ORGANIZATION_ID = "organization_id";
    public static final String NEEDS_FINANCE = "needs_finance";
    public static final String REVIEW_DUE = "review_due";
    public static final String OUTCOME = "outcome";
    public static final String LAST_ACTOR = "last_actor";
    public static final String LAST_COMMENT = "last_comment";
    public static final String REVIEWERS = "reviewers";

    /** Transient (never stored) variables handed to a completion: who completes it and with what comment. */
    public static final String ACTOR_ID = "actor_id";
    public static final String COMMENT = "comment";

    /** Task-local variables kept in history: the audit of a review. */
    public static final String COMPLETED_BY = "completed_by";
    public static final String TASK_OUTCOME = "task_outcome";
    public static final String TASK_COMMENT = "task_comment";

    /** Money variables, stored as plain decimal strings and shown as numbers. */
    public static final Set<String> MONEY = Set.of(FINAL_AMOUNT, IDR_AMOUNT);

    /** Variables a caller may not set: the service derives them. */
    public static final Set<String> RESERVED = Set.of(WORKFLOW_INSTANCE_ID, BUSINESS_TYPE, BUSINESS_ID, NEEDS_FINANCE,
            REVIEW_DUE, OUTCOME, LAST_ACTOR, LAST_COMMENT, REVIEWERS, ACTOR_ID, COMMENT, COMPLETED_BY, TASK_OUTCOME, TASK_COMMENT);

    public static final String OUTCOME_APPROVED = "approved";
    public static final String OUTCOME_REJECTED = "rejected";
}
