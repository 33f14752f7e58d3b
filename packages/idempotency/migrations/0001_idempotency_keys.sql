-- Requests made with an Idempotency-Key and what they answered, kept 24 hours.
CREATE TABLE idempotency_keys (
  scope varchar(300) NOT NULL,
  key varchar(255) NOT NULL,
  request_hash char(64) NOT NULL,
  status varchar(12) NOT NULL CHECK (status IN ('in_progress', 'completed')),
  response_status integer,
  response_body text,
  response_type varchar(100),
  created_at timestamptz NOT NULL DEFAULT now(),
  locked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
