-- A rotated token keeps its successor sealed under a key derived from the rotated token itself
-- (never stored), so a repeated refresh within the grace window gets the same successor back.
-- Cleared once the successor is rotated in turn. docs/decisions/0009.
ALTER TABLE refresh_tokens ADD COLUMN successor_sealed text;
