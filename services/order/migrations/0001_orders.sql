-- Orders as in the architecture, with money in integer cents (the API shows major units).
CREATE SEQUENCE order_number_seq START 100001;

CREATE TABLE orders (
  id varchar(36) PRIMARY KEY,
  order_number varchar(20) NOT NULL UNIQUE,
  user_id varchar(36) NOT NULL,
  email varchar(255) NOT NULL,
  subtotal_cents bigint NOT NULL CHECK (subtotal_cents >= 0),
  tax_cents bigint NOT NULL CHECK (tax_cents >= 0),
  shipping_cents bigint NOT NULL CHECK (shipping_cents >= 0),
  total_cents bigint NOT NULL CHECK (total_cents = subtotal_cents + tax_cents + shipping_cents),
  currency char(3) NOT NULL DEFAULT 'USD',
  status varchar(20) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'shipped', 'delivered', 'cancelled')),
  payment_status varchar(20) NOT NULL DEFAULT 'pending' CHECK (payment_status IN ('pending', 'paid', 'failed', 'refunded')),
  payment_method varchar(50),
  payment_id varchar(36),
  shipping_address jsonb NOT NULL,
  billing_address jsonb NOT NULL,
  shipping_method varchar(20) NOT NULL,
  tracking_number varchar(100),
  carrier varchar(50),
  cancel_reason text,
  from_cart boolean NOT NULL DEFAULT false,
  idempotency_key varchar(255),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX orders_user_idempotency ON orders (user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX orders_user_created ON orders (user_id, created_at DESC);
CREATE INDEX orders_status_created ON orders (status, created_at DESC);
CREATE INDEX orders_pending ON orders (updated_at) WHERE status = 'pending';

CREATE TABLE order_items (
  id varchar(36) PRIMARY KEY,
  order_id varchar(36) NOT NULL REFERENCES orders (id),
  product_id varchar(64) NOT NULL,
  sku varchar(100) NOT NULL,
  name varchar(255) NOT NULL,
  price_cents bigint NOT NULL CHECK (price_cents >= 0),
  quantity integer NOT NULL CHECK (quantity > 0),
  image_url text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_items_order ON order_items (order_id);

CREATE TABLE order_status_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id varchar(36) NOT NULL REFERENCES orders (id),
  status varchar(20) NOT NULL,
  note text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_status_history_order ON order_status_history (order_id, id);
