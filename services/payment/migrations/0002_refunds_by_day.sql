-- GET /payments/stats counts refunds on the day they were made, over a range of days.
CREATE INDEX refunds_created ON refunds (created_at);
