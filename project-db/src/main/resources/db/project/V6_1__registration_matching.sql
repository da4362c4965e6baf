-- 本籍地利用登録 matched by the system (issue 21): the clerk chooses one of the persons the 戸籍 data
-- offers, never types an id, so the matched register and person become typed columns; an approval
-- can be suspended (the person left the register or no longer agrees) or revoked by a clerk.
--
-- Approvals made before this version were typed by hand and never compared with the 戸籍: they go
-- back to PENDING, their typed ids dropped, and a clerk decides them again from the candidates.
-- Rebuilt columns are added, filled and swapped so that the unnamed CHECK of V1_4 goes with the old
-- column on every engine (PostgreSQL and H2 name it differently).
DROP INDEX honseki_registration_status;
ALTER TABLE honseki_registration ADD COLUMN state VARCHAR(10) DEFAULT 'PENDING' NOT NULL;
UPDATE honseki_registration SET state = CASE WHEN status = 'REJECTED' THEN 'REJECTED' ELSE 'PENDING' END;
UPDATE honseki_registration SET decided_by = NULL, decided_at = NULL WHERE status = 'APPROVED';
ALTER TABLE honseki_registration DROP COLUMN status;
ALTER TABLE honseki_registration RENAME COLUMN state TO status;
ALTER TABLE honseki_registration DROP COLUMN koseki_id;
ALTER TABLE honseki_registration DROP COLUMN kojin_no;

-- the center's requestId of the application: the same requestId again answers the same id
ALTER TABLE honseki_registration ADD COLUMN request_id VARCHAR(64);
-- the matched person, set by an approval and kept after a suspension or revocation
ALTER TABLE honseki_registration ADD COLUMN koseki_id BIGINT;
ALTER TABLE honseki_registration ADD COLUMN kojin_no INTEGER;
-- set only while APPROVED: at most one approved registration per 住民票コード and per person
ALTER TABLE honseki_registration ADD COLUMN approved_code VARCHAR(15);
ALTER TABLE honseki_registration ADD COLUMN approved_person VARCHAR(40);
-- the optimistic check: a decision names the version the clerk saw
ALTER TABLE honseki_registration ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
-- the end of an approval: SUSPENDED by the system (reason code) or REVOKED by a clerk (reason text)
ALTER TABLE honseki_registration ADD COLUMN ended_by VARCHAR(64);
ALTER TABLE honseki_registration ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE honseki_registration ADD COLUMN end_reason VARCHAR(500);

ALTER TABLE honseki_registration ADD CONSTRAINT honseki_registration_state
  CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'REVOKED'));
ALTER TABLE honseki_registration ADD CONSTRAINT honseki_registration_request UNIQUE (request_id);
ALTER TABLE honseki_registration ADD CONSTRAINT honseki_registration_one_code UNIQUE (approved_code);
ALTER TABLE honseki_registration ADD CONSTRAINT honseki_registration_one_person
  UNIQUE (approved_person);
ALTER TABLE honseki_registration ADD CONSTRAINT honseki_registration_approved_keys
  CHECK ((status = 'APPROVED' AND approved_code IS NOT NULL AND approved_person IS NOT NULL
          AND koseki_id IS NOT NULL AND kojin_no IS NOT NULL)
      OR (status <> 'APPROVED' AND approved_code IS NULL AND approved_person IS NULL));
CREATE INDEX honseki_registration_status ON honseki_registration (status, requested_at);
CREATE INDEX honseki_registration_koseki ON honseki_registration (koseki_id);
