-- The side effects a status change owes once its compare-and-set has won (shipped: commit the
-- stock; cancelled: refund the charge and release the stock), owed since this time; NULL when
-- none are. The statement that changes the status sets it, the one that records the effects done
-- clears it, and the recovery job claims what stays owed and runs it again (domain/effects.ts).
ALTER TABLE orders ADD COLUMN effects_due_at timestamptz;
CREATE INDEX orders_effects_due ON orders (effects_due_at) WHERE effects_due_at IS NOT NULL;
