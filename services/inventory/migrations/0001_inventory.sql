-- Stock per sku. The CHECK is the last line of defence against overselling: whatever the code
-- does, the database refuses a row where more is reserved than exists.
CREATE TABLE inventory (
  id varchar(36) PRIMARY KEY,
  sku varchar(100) NOT NULL UNIQUE,
  quantity integer NOT NULL DEFAULT 0,
  reserved_quantity integer NOT NULL DEFAULT 0,
  available_quantity integer GENERATED ALWAYS AS (quantity - reserved_quantity) STORED,
  location varchar(255),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT inventory_reserved_within_quantity CHECK (reserved_quantity >= 0 AND reserved_quantity <= quantity)
);
CREATE INDEX inventory_available ON inventory (available_quantity);

-- Stock held for an order. One row per order and sku: repeating a reservation finds it.
CREATE TABLE reservations (
  id varchar(36) PRIMARY KEY,
  order_id varchar(64) NOT NULL,
  sku varchar(100) NOT NULL REFERENCES inventory (sku),
  quantity integer NOT NULL CHECK (quantity > 0),
  status varchar(16) NOT NULL CHECK (status IN ('active', 'confirmed', 'committed', 'released', 'expired')),
  -- When an active reservation lapses; confirmed and finished ones do not expire.
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT reservations_order_sku UNIQUE (order_id, sku)
);
CREATE INDEX reservations_due ON reservations (expires_at) WHERE status = 'active';
CREATE INDEX reservations_by_sku ON reservations (sku, status);
