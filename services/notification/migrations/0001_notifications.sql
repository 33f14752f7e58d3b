-- The notification log: one row per event and channel (the unique key makes a redelivered event a
-- no-op), holding the rendered message so a retry sends exactly what was first composed.
CREATE TABLE notifications (
  id varchar(36) PRIMARY KEY,
  event_id varchar(36) NOT NULL,
  event_type varchar(50) NOT NULL,
  topic varchar(100) NOT NULL,
  channel varchar(10) NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient varchar(320) NOT NULL,
  user_id varchar(64),
  order_id varchar(64),
  subject text NOT NULL,
  body_text text NOT NULL,
  body_html text,
  status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  error text,
  -- When the sender may (re)try it; a claim pushes it forward as a lease.
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- The event as received, dead-lettered with it if delivery finally fails.
  event jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE UNIQUE INDEX notifications_event_channel ON notifications (event_id, channel);
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notifications_created ON notifications (created_at DESC, id);
CREATE INDEX notifications_recipient ON notifications (recipient, created_at DESC);
CREATE INDEX notifications_order ON notifications (order_id, created_at DESC);
