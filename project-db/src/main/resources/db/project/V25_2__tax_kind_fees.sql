-- 所得証明書 (SHOTOKU) and 課税証明書 / 非課税証明書 (KAZEI) came after V21_1 seeded the fee schedule
-- from configuration (issue 26): they get their first rows the same way, the fee the relays charged
-- them from kofu.relay.fees as shipped, so that the admin's schedule lists every type the relays
-- sell and an officer changes their fees like the others'. Portable SQL: PostgreSQL and H2.
INSERT INTO fee_schedule (certificate_type, effective_from, fee_yen, recorded_by, recorded_at)
VALUES
  ('SHOTOKU', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+09:00', 300, 'V25_2',
   CURRENT_TIMESTAMP),
  ('KAZEI', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+09:00', 300, 'V25_2',
   CURRENT_TIMESTAMP);
