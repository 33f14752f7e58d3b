-- Charges. Money is in integer cents. The card is kept as brand, last 4 and expiry only: the full
-- number and the CVC never reach this database (nor any log or answer).
CREATE TABLE payments (
  id varchar(36) PRIMARY KEY,
  order_id varchar(64) NOT NULL,
  -- The customer who owns the order (may read the payment); null when the caller did not say.
  user_id varchar(64),
  email varchar(320),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  currency varchar(3) NOT NULL DEFAULT 'USD',
  payment_method varchar(50) NOT NULL DEFAULT 'card',
  status varchar(20) NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded', 'partially_refunded')),
  transaction_id varchar(255),
  card_brand varchar(20) NOT NULL,
  card_last4 varchar(4) NOT NULL,
  card_exp_month smallint NOT NULL CHECK (card_exp_month BETWEEN 1 AND 12),
  card_exp_year smallint NOT NULL,
  decline_code varchar(64),
  error_message text,
  refunded_cents bigint NOT NULL DEFAULT 0,
  gateway_response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Never more refunded than charged, whatever the code does.
  CONSTRAINT payments_refund_within_amount CHECK (refunded_cents >= 0 AND refunded_cents <= amount_cents)
);
-- An order is charged at most once: any number of failed attempts, one payment that went through.
CREATE UNIQUE INDEX payments_one_per_order ON payments (order_id) WHERE status <> 'failed';
CREATE INDEX payments_by_order ON payments (order_id, created_at DESC);
CREATE INDEX payments_newest ON payments (created_at DESC, id DESC);

CREATE TABLE refunds (
  id varchar(36) PRIMARY KEY,
  payment_id varchar(36) NOT NULL REFERENCES payments (id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refunds_by_payment ON refunds (payment_id, created_at);

-- The simulated processor's memory: orders for which the "processing error" card
-- (4000000000000119) already failed once, so the next attempt for the order goes through.
-- Not a payment: nothing here is charged, listed or published.
CREATE TABLE processor_attempts (
  order_id varchar(64) PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);
