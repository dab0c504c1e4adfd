-- Rollup for the by-customer and by-sales-user reports, kept exact by the transaction that changes an order's
-- stages, confirmed payments or parties (report.PartyRollups): the report reads these rows instead of grouping every
-- stage and payment of the period. Months are yyyy * 100 + mm; month 0 holds the all-time totals (stages without a
-- due date included). Missing ids are stored as '' (primary key columns cannot be NULL).

-- Per customer, sales user, organization, currency and month: non-cancelled stages by due month, confirmed payments
-- (receipts minus refunds) by payment month.
CREATE TABLE report_party_months (
    month_key       INT           NOT NULL,
    customer_id     VARCHAR(36)   NOT NULL,
    sales_user_id   VARCHAR(36)   NOT NULL,
    organization_id VARCHAR(36)   NOT NULL,
    currency_code   VARCHAR(10)   NOT NULL,
    stage_count     BIGINT        NOT NULL,
    receivable      DECIMAL(22,2) NOT NULL,
    payment_count   BIGINT        NOT NULL,
    received        DECIMAL(22,2) NOT NULL,
    CONSTRAINT pk_report_party_months
        PRIMARY KEY (month_key, customer_id, sales_user_id, organization_id, currency_code)
);
-- a SALES caller's own rows
CREATE INDEX idx_report_party_months_sales ON report_party_months (sales_user_id, month_key);

-- Each order's current contribution to report_party_months (what a recount of the order gave last time).
CREATE TABLE report_order_months (
    order_id      VARCHAR(36)   NOT NULL,
    month_key     INT           NOT NULL,
    currency_code VARCHAR(10)   NOT NULL,
    stage_count   BIGINT        NOT NULL,
    receivable    DECIMAL(22,2) NOT NULL,
    payment_count BIGINT        NOT NULL,
    received      DECIMAL(22,2) NOT NULL,
    CONSTRAINT pk_report_order_months PRIMARY KEY (order_id, month_key, currency_code)
);

-- The party each order's contribution is filed under; its row lock serialises the recounts of one order.
CREATE TABLE report_order_parties (
    order_id        VARCHAR(36) NOT NULL,
    customer_id     VARCHAR(36) NOT NULL,
    sales_user_id   VARCHAR(36) NOT NULL,
    organization_id VARCHAR(36) NOT NULL,
    CONSTRAINT pk_report_order_parties PRIMARY KEY (order_id)
);

-- Recount of what existed before this migration (the statements PartyRollups.rebuild() runs).
INSERT INTO report_order_parties (order_id, customer_id, sales_user_id, organization_id)
SELECT id, COALESCE(customer_id, ''), COALESCE(sales_user_id, ''), COALESCE(organization_id, '') FROM finance_orders;

INSERT INTO report_order_months (order_id, month_key, currency_code, stage_count, receivable, payment_count, received)
SELECT t.order_id, t.mk, t.cur, SUM(t.sc), SUM(t.rec), SUM(t.pc), SUM(t.recv) FROM (
    SELECT s.order_id, YEAR(s.due_date) * 100 + MONTH(s.due_date) mk, s.currency_code cur, 1 sc, s.amount rec,
           0 pc, CAST(0 AS DECIMAL(18,2)) recv
    FROM payment_stages s WHERE s.status <> 'cancelled' AND s.due_date IS NOT NULL
    UNION ALL
    SELECT s.order_id, 0, s.currency_code, 1, s.amount, 0, CAST(0 AS DECIMAL(18,2))
    FROM payment_stages s WHERE s.status <> 'cancelled'
    UNION ALL
    SELECT p.order_id, YEAR(p.payment_date) * 100 + MONTH(p.payment_date), p.currency_code, 0,
           CAST(0 AS DECIMAL(18,2)), 1, CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END
    FROM payments p WHERE p.status = 'confirmed'
    UNION ALL
    SELECT p.order_id, 0, p.currency_code, 0, CAST(0 AS DECIMAL(18,2)), 1,
           CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END
    FROM payments p WHERE p.status = 'confirmed'
) t
GROUP BY t.order_id, t.mk, t.cur;

INSERT INTO report_party_months (customer_id, sales_user_id, organization_id, currency_code, month_key, stage_count,
                                 receivable, payment_count, received)
SELECT p.customer_id, p.sales_user_id, p.organization_id, m.currency_code, m.month_key, SUM(m.stage_count),
       SUM(m.receivable), SUM(m.payment_count), SUM(m.received)
FROM report_order_months m JOIN report_order_parties p ON p.order_id = m.order_id
GROUP BY p.customer_id, p.sales_user_id, p.organization_id, m.currency_code, m.month_key;
