-- "Report to review": the first customer report (FORM) that no operator has acted on since it arrived. Its time is
-- kept beside its id so the incident shows it without a join; report rows never change.
ALTER TABLE incident ADD COLUMN report_to_review_id BIGINT;
ALTER TABLE incident ADD COLUMN report_to_review_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD CONSTRAINT incident_report_to_review_fk FOREIGN KEY (report_to_review_id) REFERENCES report (id);
-- GET /incidents?toReview=true
CREATE INDEX incident_report_to_review ON incident (report_to_review_id);
