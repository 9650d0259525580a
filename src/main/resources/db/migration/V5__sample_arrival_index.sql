-- The tick reads, per batch of incidents, the samples of their accounts that arrived after each cursor:
-- WHERE account_id IN (...) AND id > :cursor. An index on (account_id, id) answers that with one short range per
-- account; a range over the primary key alone would scan every account's new samples once per batch.
-- It replaces the (account_id, metric, sampled_at) index, so ingest still maintains a single secondary index: charts
-- read one account's samples (bounded by retention) and filter the metric and time range within them.
CREATE INDEX sample_account_arrival ON sample (account_id, id);
DROP INDEX sample_account_metric_time;
