-- Report rounds: the service asks the customer to act when it opens an incident and again whenever a re-restriction's
-- mail asks for a new report. The round's start, its reminder and its first report are lifecycle columns of incidents
-- and of shadow runs (LifecycleColumns). Rows from before: one round since the opening, answered by the first report.
ALTER TABLE incident ADD COLUMN report_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN report_reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN round_reported_at TIMESTAMP WITH TIME ZONE;
UPDATE incident SET report_requested_at = opened_at, round_reported_at = reported_at;
ALTER TABLE incident ALTER COLUMN report_requested_at SET NOT NULL;

ALTER TABLE shadow_run ADD COLUMN report_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE shadow_run ADD COLUMN report_reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE shadow_run ADD COLUMN round_reported_at TIMESTAMP WITH TIME ZONE;
UPDATE shadow_run SET report_requested_at = opened_at, round_reported_at = reported_at;
ALTER TABLE shadow_run ALTER COLUMN report_requested_at SET NOT NULL;
