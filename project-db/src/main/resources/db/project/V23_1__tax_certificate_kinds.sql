-- 所得証明書 (SHOTOKU) and 課税証明書 / 非課税証明書 (KAZEI) beside 所得・課税証明書 (issue 26,
-- jlis-relay-api.md v1.1): each type has its row of the service calendar, open like the others.
-- Portable SQL: runs unchanged on PostgreSQL and H2.
INSERT INTO service_type_rule (certificate_type, stopped, weekdays_only, note) VALUES
  ('SHOTOKU', FALSE, FALSE, ''),
  ('KAZEI', FALSE, FALSE, '');
