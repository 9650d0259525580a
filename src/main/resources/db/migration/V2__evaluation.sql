-- The monitoring engine's bookkeeping on each incident.
ALTER TABLE incident ADD COLUMN next_evaluation_at TIMESTAMP WITH TIME ZONE;  -- NULL once closed
ALTER TABLE incident ADD COLUMN last_sample_id BIGINT DEFAULT 0 NOT NULL;       -- arrival cursor: samples with a larger id are new
ALTER TABLE incident ADD COLUMN tracks VARCHAR(32000);                          -- per-gate memory (last value, coverage slots)

UPDATE incident SET next_evaluation_at = opened_at WHERE closed_at IS NULL;

-- Claiming due incidents: WHERE next_evaluation_at <= now ORDER BY next_evaluation_at.
CREATE INDEX incident_due ON incident (next_evaluation_at);
