-- Dated fees in force (issue 26 points 3 and 4, shared/spec/settlement.md). Portable SQL: runs
-- unchanged on PostgreSQL and H2.

-- The fees the relays charged from configuration until now (kofu.relay.fees as shipped) are the
-- schedule's first rows, in force since long before any request this server answered, so that
-- nothing changes until an officer adds a row in the admin. A type without a row in force at a
-- request's requestedAt (a type added later) is still charged its configured fee.
INSERT INTO fee_schedule (certificate_type, effective_from, fee_yen, recorded_by, recorded_at)
VALUES
  ('JUMINHYO', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+09:00', 300, 'V21_1',
   CURRENT_TIMESTAMP),
  ('JUMINHYO_KISAI', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+09:00', 300, 'V21_1',
   CURRENT_TIMESTAMP),
  ('INKAN', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+09:00', 300, 'V21_1',
   CURRENT_TIMESTAMP),
  ('KOSEKI_ZENBU', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+09:00', 450, 'V21_1',
   CURRENT_TIMESTAMP),
  ('KOSEKI_KOJIN', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+09:00', 450, 'V21_1',
   CURRENT_TIMESTAMP),
  ('KOSEKI_FUHYO', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+09:00', 300, 'V21_1',
   CURRENT_TIMESTAMP),
  ('SHOTOKU_KAZEI', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+09:00', 300, 'V21_1',
   CURRENT_TIMESTAMP);

-- What each issuance is settled with, fixed when it is answered so that a later change of the
-- mapping or the schedules never rewrites the past: the kiosk's operator then (UNKNOWN when no
-- prefix matched) and the 交付委託手数料 for all its copies (per copy in force at requestedAt x
-- copies). fee_yen stays the fee for all copies (X-Fee-Yen); copies, kiosk_id and requested_at are
-- V15_1's. Rows from before this migration have neither: the daily close maps their kiosk_id.
ALTER TABLE issuance_request ADD COLUMN operator_code VARCHAR(16);
ALTER TABLE issuance_request ADD COLUMN commission_yen INTEGER;
