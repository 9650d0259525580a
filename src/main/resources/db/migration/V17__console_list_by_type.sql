-- The console's list (issue 17, "Speed"): "awaiting approval" and "no data" are read as two sets from the timeline
-- entries of that type, not probed once per open incident; this index finds those entries without the whole timeline.
CREATE INDEX incident_event_by_type ON incident_event (event_type, incident_id, occurred_at);
