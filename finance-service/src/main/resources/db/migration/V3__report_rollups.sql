-- Report rollups: one row per day and currency, kept exact by the transaction that changes a stage, a confirmed
-- payment or an order's exchange rate (ReportRollups: it locks the touched rows, then recounts those days from the
-- base tables). Reports read these rows instead of scanning payments and stages, so their cost does not grow with
-- the number of payments. Amounts in base IDR keep six decimals (the scale of amount / rate) so summing day rows
-- gives exactly what summing the payments would.

-- Non-cancelled stages by due date. due_key 9999-12-31 stands for "no due date yet".
CREATE TABLE report_stage_days (
    due_key         DATE          NOT NULL,
    currency_code   VARCHAR(10)   NOT NULL,
    stage_count     BIGINT        NOT NULL,
    receivable      DECIMAL(22,2) NOT NULL,
    outstanding     DECIMAL(22,2) NOT NULL,
    receivable_idr  DECIMAL(30,6) NOT NULL,
    outstanding_idr DECIMAL(30,6) NOT NULL,
    CONSTRAINT pk_report_stage_days PRIMARY KEY (due_key, currency_code)
);

-- Confirmed payments by payment date; received = receipts minus refunds.
CREATE TABLE report_payment_days (
    payment_date  DATE          NOT NULL,
    currency_code VARCHAR(10)   NOT NULL,
    payment_count BIGINT        NOT NULL,
    received      DECIMAL(22,2) NOT NULL,
    received_idr  DECIMAL(30,6) NOT NULL,
    CONSTRAINT pk_report_payment_days PRIMARY KEY (payment_date, currency_code)
);

-- Recount of what existed before this migration (the same statements ReportRollups.rebuild() runs).
INSERT INTO report_stage_days (due_key, currency_code, stage_count, receivable, outstanding, receivable_idr,
                               outstanding_idr)
SELECT COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code, COUNT(*), SUM(s.amount),
       SUM(CASE WHEN s.remaining_amount > 0 THEN s.remaining_amount ELSE 0 END),
       COALESCE(SUM(s.amount / COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)), 0),
       COALESCE(SUM(CASE WHEN s.remaining_amount > 0 THEN s.remaining_amount ELSE 0 END
                / COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)), 0)
FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id
WHERE s.status <> 'cancelled'
GROUP BY COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code;

INSERT INTO report_payment_days (payment_date, currency_code, payment_count, received, received_idr)
SELECT p.payment_date, p.currency_code, COUNT(*),
       SUM(CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END),
       COALESCE(SUM((CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END)
                / COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)), 0)
FROM payments p JOIN finance_orders o ON o.id = p.order_id
WHERE p.status = 'confirmed'
GROUP BY p.payment_date, p.currency_code;
