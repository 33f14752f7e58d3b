-- Admins list reservations across skus by status, newest first (active ones by default).
CREATE INDEX reservations_by_status_created ON reservations (status, created_at DESC, id);
