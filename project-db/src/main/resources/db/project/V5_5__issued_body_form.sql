-- The issued certificate kept for the idempotent repeat as the cache holds its body (issue 4): the
-- body's cache form compressed with the cluster's dictionary (body_form, body_dictionary), and the
-- 証明日 stamped on it (issue_date); the certificate number is already in the row. A repeat rebuilds
-- the served bytes from them and checks them against body_sha256 before they leave. The served PDF
-- (pdf, about 50 KB, ten times the kept form) was most of the database's write-ahead log per
-- issuance, and commits waited on writing it. pdf stays for rows written before this migration.
-- Portable SQL (PostgreSQL and H2).
ALTER TABLE issuance_request ADD COLUMN body_form BYTEA;
ALTER TABLE issuance_request ADD COLUMN body_dictionary VARCHAR(40);
ALTER TABLE issuance_request ADD COLUMN issue_date DATE;

-- The dictionaries body_form needs, copied from the cache cluster the first time a relay stores a
-- body made with one (the cluster's copy is gone after a restart of the whole cluster). The id is
-- made from the bytes (ClusterDictionaries.idOf) and checked on reading. A few a year, 256 KB each.
CREATE TABLE body_dictionary (
  dictionary_id VARCHAR(40) PRIMARY KEY,
  dictionary BYTEA NOT NULL,
  stored_at TIMESTAMP WITH TIME ZONE NOT NULL
);
