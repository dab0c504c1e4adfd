-- Price strategies: a product's price of one type (cost, channel, direct, list) in one currency, general
-- (organization_id NULL) or for one organization, valid from effective_from until effective_to (NULL = open).
-- Ranges of the same product, organization, type and currency never overlap (checked by the service under the
-- product's row lock). Every write adds a product_price_history row (price_field price_<type>_<currency>).
CREATE TABLE product_prices (
    id              CHAR(36)       NOT NULL PRIMARY KEY,
    product_id      CHAR(36)       NOT NULL,
    organization_id CHAR(36),
    price_type      VARCHAR(50)    NOT NULL,
    currency        VARCHAR(10)    NOT NULL,
    amount          DECIMAL(18, 2) NOT NULL,
    exchange_rate   DECIMAL(18, 9),
    effective_from  DATETIME       NOT NULL,
    effective_to    DATETIME,
    source          VARCHAR(50),
    is_approved     BOOLEAN        NOT NULL DEFAULT FALSE,
    approved_by     CHAR(36),
    approved_at     DATETIME,
    change_reason   TEXT,
    changed_by      CHAR(36),
    created_at      DATETIME       NOT NULL,
    updated_at      DATETIME       NOT NULL,
    CONSTRAINT fk_product_prices_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT chk_product_prices_amount CHECK (amount >= 0),
    CONSTRAINT chk_product_prices_type CHECK (price_type IN ('cost', 'channel', 'direct', 'list')),
    CONSTRAINT chk_product_prices_currency CHECK (currency IN ('IDR', 'CNY', 'USD', 'EUR'))
);
CREATE INDEX idx_product_prices_key ON product_prices (product_id, price_type, currency, effective_from);
CREATE INDEX idx_product_prices_organization ON product_prices (organization_id);

-- why a price changed (price strategies carry a reason; product and vendor-offer changes leave it NULL)
ALTER TABLE product_price_history ADD COLUMN change_reason TEXT;
-- milliseconds, so changes made within one second keep their order in the history
ALTER TABLE product_price_history MODIFY changed_at DATETIME(3) NOT NULL;
