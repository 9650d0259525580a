-- The console's incident list (issue 17). It reads the open incidents (open_account_id IS NOT NULL, already unique and
-- indexed) with filters on cause and policy, and orders them by what needs a person: the timeline entries that say so
-- (APPROVAL_REQUESTED, NO_DATA) are looked up per incident by type and time instead of through the whole timeline.
CREATE INDEX incident_event_type ON incident_event (incident_id, event_type, occurred_at);
CREATE INDEX incident_cause_opened ON incident (cause, opened_at);
CREATE INDEX incident_policy_opened ON incident (policy, opened_at);
-- Lifted in the last 7 days (the list's counts).
CREATE INDEX incident_closed ON incident (closed_at);
