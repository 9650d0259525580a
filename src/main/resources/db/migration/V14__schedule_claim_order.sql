-- The claim reads due incidents in (next_evaluation_at, incident_id) order, a batch at a time. On next_evaluation_at
-- alone, every claim sorted all the due rows to take the first batch: at 100 000 due incidents each of the tick's 200
-- claims sorted 100 000 rows. In the claim's own order, the index hands over the first batch and stops.
CREATE INDEX incident_schedule_claim ON incident_schedule (next_evaluation_at, incident_id);
DROP INDEX incident_schedule_due;
