-- The embedded bus: an append-only log per topic and a committed position per consumer group.
CREATE TABLE bus_messages (
  position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic text NOT NULL,
  key text,
  value text NOT NULL,
  headers jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bus_messages_topic ON bus_messages (topic, position);
CREATE TABLE bus_offsets (
  group_id text NOT NULL,
  topic text NOT NULL,
  position bigint NOT NULL,
  PRIMARY KEY (group_id, topic)
);
