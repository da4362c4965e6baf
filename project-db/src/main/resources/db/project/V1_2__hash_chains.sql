-- Head of each tamper-evident chain: appends lock this row, so one process at a time extends a chain
-- and a truncated tail is detected (the head remembers the last link).
CREATE TABLE chain_head (
  chain_name VARCHAR(32) PRIMARY KEY,
  last_seq BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
);

-- Every action in the admin UI (who, what, when, from where), chained by SHA-256.
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor VARCHAR(64) NOT NULL,
  action VARCHAR(64) NOT NULL,
  detail VARCHAR(2000) NOT NULL,
  client_ip VARCHAR(64) NOT NULL,
  prev_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (occurred_at);

INSERT INTO chain_head (chain_name, last_seq, last_hash)
VALUES ('audit', 0, '0000000000000000000000000000000000000000000000000000000000000000');
