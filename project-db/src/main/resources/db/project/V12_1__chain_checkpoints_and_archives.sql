-- Where the last verification of each chain ended: the next one starts here instead of at link 1
-- (verification reads only the links added since). Written only by a verification that walked to it.
CREATE TABLE chain_checkpoint (
  chain_name VARCHAR(32) PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash CHAR(64) NOT NULL,
  verified_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A month of a chain moved out of its table into a file (ChainArchiver): the links it holds, the
-- hash before its first and of its last, and the file's own SHA-256. The archives of a chain
-- follow one another without a gap, and the table's first link follows the last archive.
CREATE TABLE chain_archive (
  chain_name VARCHAR(32) NOT NULL,
  period VARCHAR(7) NOT NULL,
  first_seq BIGINT NOT NULL,
  first_prev_hash CHAR(64) NOT NULL,
  last_seq BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL,
  link_count BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  file_sha256 CHAR(64) NOT NULL,
  archived_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (chain_name, first_seq),
  UNIQUE (chain_name, period)
);
