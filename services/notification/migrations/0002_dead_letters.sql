-- Messages a consumer gave up on: every `<topic>.dlq` of the platform, one row per event and
-- consumer group (the unique key makes a redelivered dead letter a no-op), for admins to read and
-- replay. The original key, headers and envelope are kept so a replay publishes what was sent.
CREATE TABLE dead_letters (
  id varchar(36) PRIMARY KEY,
  event_id varchar(100) NOT NULL,
  event_type varchar(100) NOT NULL,
  topic varchar(100) NOT NULL,
  consumer_group varchar(200) NOT NULL,
  error text NOT NULL,
  attempts integer,
  dead_at timestamptz NOT NULL,
  message_key text NOT NULL DEFAULT '',
  -- The original headers without the dead-lettering ones (`dlq-*`).
  headers jsonb NOT NULL DEFAULT '{}',
  -- The envelope as sent; a value that was not JSON is kept as a JSON string (not replayable).
  payload jsonb NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'dead' CHECK (status IN ('dead', 'replayed')),
  replayed_at timestamptz,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX dead_letters_event_group ON dead_letters (event_id, consumer_group);
CREATE INDEX dead_letters_dead_at ON dead_letters (dead_at DESC, id);
CREATE INDEX dead_letters_topic ON dead_letters (topic, dead_at DESC);
