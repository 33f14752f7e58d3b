-- Reserving an order's lines is one call from the service instead of four (BEGIN, lock, reserve,
-- COMMIT): this function takes the stock rows' locks in sku order, then reserves under them. Each
-- statement in it reads the database as of its own start, so the reserving statement sees every
-- reservation committed while the first one waited for the locks, which a single statement could
-- not. It runs in the caller's transaction (an autocommit call is its own).
--
-- Reserves for order p_order_id the skus p_skus with quantities p_quantities (new reservation ids
-- p_ids, lapsing at p_expires_at), all or nothing: nothing is written when a sku the order already
-- holds is asked with another quantity, or when a sku it does not hold is short. The e_* arrays are
-- one prepared `inventory.changed` outbox row per sku; its data is replaced by the stock row written,
-- and a sku that did not move gets none. Returns, in this order:
--   one row per asked sku with what was available under the lock (`available`, null: unknown sku);
--   the order's reservations of those skus as they were (`made` false), then those it made (true).
-- The two first kinds are read before anything is written, so the caller can tell a shortage or a
-- mismatch from the rows and knows nothing was written then.
CREATE FUNCTION reserve_stock(
  p_order_id varchar, p_skus varchar[], p_quantities integer[], p_ids varchar[], p_expires_at timestamptz, p_now timestamptz,
  e_ids text[], e_topics text[], e_keys text[], e_types text[], e_envelopes text[], e_headers text[]
) RETURNS TABLE (
  id varchar, order_id varchar, sku varchar, quantity integer, status varchar, expires_at timestamptz,
  created_at timestamptz, updated_at timestamptz, made boolean, available integer
) LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_available integer[];
BEGIN
  PERFORM 1 FROM inventory i WHERE i.sku = ANY(p_skus) ORDER BY i.sku FOR UPDATE;
  v_available := ARRAY(
    SELECT i.available_quantity FROM unnest(p_skus) WITH ORDINALITY AS w(sku, n) LEFT JOIN inventory i ON i.sku = w.sku ORDER BY w.n);

  RETURN QUERY
    SELECT NULL::varchar, NULL::varchar, a.sku, NULL::integer, NULL::varchar, NULL::timestamptz, NULL::timestamptz, NULL::timestamptz,
           NULL::boolean, a.available
      FROM unnest(p_skus, v_available) AS a(sku, available);

  RETURN QUERY
    WITH held AS MATERIALIZED (
      SELECT r.id, r.order_id, r.sku, r.quantity, r.status, r.expires_at, r.created_at, r.updated_at
        FROM reservations r WHERE r.order_id = p_order_id AND r.sku = ANY(p_skus) ORDER BY r.sku FOR UPDATE
    ), plan AS MATERIALIZED (
      SELECT w.sku, w.quantity, w.id, w.available, h.quantity AS held_quantity,
             COALESCE(h.status NOT IN ('released', 'expired'), false) AS holding
        FROM unnest(p_skus, p_quantities, p_ids, v_available) AS w(sku, quantity, id, available)
        LEFT JOIN held h ON h.sku = w.sku
    ), todo AS MATERIALIZED (
      SELECT p.sku, p.quantity, p.id FROM plan p
       WHERE NOT p.holding
         AND NOT EXISTS (SELECT 1 FROM plan q
                          WHERE CASE WHEN q.holding THEN q.held_quantity <> q.quantity
                                     ELSE q.available IS NULL OR q.available < q.quantity END)
    ), moved AS (
      UPDATE inventory i SET reserved_quantity = i.reserved_quantity + t.quantity, updated_at = p_now
        FROM todo t WHERE i.sku = t.sku
      RETURNING i.sku, i.quantity, i.reserved_quantity, i.available_quantity
    ), made AS (
      INSERT INTO reservations AS r (id, order_id, sku, quantity, status, expires_at, created_at, updated_at)
      SELECT t.id, p_order_id, t.sku, t.quantity, 'active', p_expires_at, p_now, p_now FROM todo t ORDER BY t.sku
      ON CONFLICT ON CONSTRAINT reservations_order_sku DO UPDATE
         SET quantity = EXCLUDED.quantity, status = 'active', expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at
      RETURNING r.id, r.order_id, r.sku, r.quantity, r.status, r.expires_at, r.created_at, r.updated_at
    ), events AS (
      INSERT INTO outbox (id, topic, key, type, envelope, headers)
      SELECT e.id::uuid, e.topic, e.key, e.type,
             jsonb_set(e.envelope::jsonb, '{data}', jsonb_build_object('sku', m.sku, 'quantity', m.quantity,
               'reservedQuantity', m.reserved_quantity, 'availableQuantity', m.available_quantity)),
             e.headers::jsonb
        FROM unnest(e_ids, e_topics, e_keys, e_types, e_envelopes, e_headers) AS e(id, topic, key, type, envelope, headers)
        JOIN moved m ON m.sku = e.key
       ORDER BY m.sku
    )
    SELECT h.id, h.order_id, h.sku, h.quantity, h.status, h.expires_at, h.created_at, h.updated_at, false, NULL::integer FROM held h
    UNION ALL
    SELECT m.id, m.order_id, m.sku, m.quantity, m.status, m.expires_at, m.created_at, m.updated_at, true, NULL::integer FROM made m;
END
$$;

-- The low-stock listing reads the whole table instead (a shop's skus are thousands, not millions):
-- with this index every reservation rewrote three index entries of a hot row; without it, and with
-- room left on each page, a change of reserved stock is a heap-only update.
DROP INDEX inventory_available;
ALTER TABLE inventory SET (fillfactor = 70);
