-- The day rollups per sales user (report.SalesRollups): the same rows as report_stage_days and report_payment_days,
-- split by the order's sales user ('' for none), so a SALES caller's summary, by-period and aging read their own
-- rows instead of counting their orders' stages and payments on every request. Kept exact by the transaction that
-- changes a stage, a confirmed payment, an order's exchange rate or its sales user.

CREATE TABLE report_sales_stage_days (
    sales_user_id   VARCHAR(36)   NOT NULL,
    due_key         DATE          NOT NULL,
    currency_code   VARCHAR(10)   NOT NULL,
    stage_count     BIGINT        NOT NULL,
    receivable      DECIMAL(22,2) NOT NULL,
    outstanding     DECIMAL(22,2) NOT NULL,
    receivable_idr  DECIMAL(30,6) NOT NULL,
    outstanding_idr DECIMAL(30,6) NOT NULL,
    CONSTRAINT pk_report_sales_stage_days PRIMARY KEY (sales_user_id, due_key, currency_code)
);

CREATE TABLE report_sales_payment_days (
    sales_user_id VARCHAR(36)   NOT NULL,
    payment_date  DATE          NOT NULL,
    currency_code VARCHAR(10)   NOT NULL,
    payment_count BIGINT        NOT NULL,
    received      DECIMAL(22,2) NOT NULL,
    received_idr  DECIMAL(30,6) NOT NULL,
    CONSTRAINT pk_report_sales_payment_days PRIMARY KEY (sales_user_id, payment_date, currency_code)
);

-- Recount of what existed before this migration (the statements SalesRollups.rebuild() runs).
INSERT INTO report_sales_stage_days (sales_user_id, due_key, currency_code, stage_count, receivable, outstanding,
                                     receivable_idr, outstanding_idr)
SELECT COALESCE(o.sales_user_id, ''), COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code, COUNT(*),
       COALESCE(SUM(s.amount), 0),
       COALESCE(SUM(CASE WHEN s.remaining_amount > 0 THEN s.remaining_amount ELSE 0 END), 0),
       COALESCE(SUM(s.amount / COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)), 0),
       COALESCE(SUM(CASE WHEN s.remaining_amount > 0 THEN s.remaining_amount ELSE 0 END
                / COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)), 0)
FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id
WHERE s.status <> 'cancelled'
GROUP BY COALESCE(o.sales_user_id, ''), COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code;

INSERT INTO report_sales_payment_days (sales_user_id, payment_date, currency_code, payment_count, received,
                                       received_idr)
SELECT COALESCE(o.sales_user_id, ''), p.payment_date, p.currency_code, COUNT(*),
       COALESCE(SUM(CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END), 0),
       COALESCE(SUM((CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END)
                / COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)), 0)
FROM payments p JOIN finance_orders o ON o.id = p.order_id
WHERE p.status = 'confirmed'
GROUP BY COALESCE(o.sales_user_id, ''), p.payment_date, p.currency_code;
