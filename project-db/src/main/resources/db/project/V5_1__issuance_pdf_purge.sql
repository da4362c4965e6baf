-- batch-jobs' purge (issue 3): an issuance's stored PDF is its idempotency record (a repeat of the
-- requestId gets the same bytes); once the idempotency window (kofu.batch.purge.idempotency-window)
-- has passed, the purge sets it to NULL. The row stays: fees, statistics and the certificate
-- number's uniqueness still read it. Portable SQL (PostgreSQL and H2).
ALTER TABLE issuance_request ALTER COLUMN pdf DROP NOT NULL;
CREATE INDEX issuance_request_issued_at ON issuance_request (issued_at);
