-- The admin's aggregates read orders by creation day (GET /orders/stats) and its list filters by
-- range without a status; the list also finds a customer's orders by email, in any letter case.
CREATE INDEX orders_created ON orders (created_at);
CREATE INDEX orders_email_created ON orders (lower(email), created_at DESC);
