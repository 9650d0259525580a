-- Report rounds: the service asks the customer to act when it opens an incident and again whenever a re-restriction's
-- mail asks for a new report. The round's start, its reminder and its first report are lifecycle columns of incidents
-- and of shadow runs (LifecycleColumns). Rows from before: one round since the opening, answered by the first report.
-- An unanswered round of an open case starts now, when the service starts counting it: from opened_at, the first tick
-- would remind or escalate every old unreported case at once.
ALTER TABLE incident ADD COLUMN report_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN report_reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN round_reported_at TIMESTAMP WITH TIME ZONE;
UPDATE incident SET report_requested_at = CASE WHEN reported_at IS NULL AND state <> 'LIFTED' THEN CURRENT_TIMESTAMP
    ELSE opened_at END, round_reported_at = reported_at;
ALTER TABLE incident ALTER COLUMN report_requested_at SET NOT NULL;

ALTER TABLE shadow_run ADD COLUMN report_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE shadow_run ADD COLUMN report_reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE shadow_run ADD COLUMN round_reported_at TIMESTAMP WITH TIME ZONE;
UPDATE shadow_run SET report_requested_at = CASE WHEN reported_at IS NULL AND state <> 'LIFTED' THEN CURRENT_TIMESTAMP
    ELSE opened_at END, round_reported_at = reported_at;
ALTER TABLE shadow_run ALTER COLUMN report_requested_at SET NOT NULL;
