-- Each line keeps its place in the order, as the customer listed it, so an order reads back in
-- that order without relying on insertion times.
ALTER TABLE order_items ADD COLUMN line_no smallint;
UPDATE order_items SET line_no = numbered.n
  FROM (SELECT id, row_number() OVER (PARTITION BY order_id ORDER BY created_at, id) - 1 AS n FROM order_items) AS numbered
 WHERE order_items.id = numbered.id;
ALTER TABLE order_items ALTER COLUMN line_no SET NOT NULL;
DROP INDEX order_items_order;
CREATE UNIQUE INDEX order_items_order ON order_items (order_id, line_no);
