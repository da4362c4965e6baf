-- Issue 27 point 4: the registers of the operating rules, complete. Portable SQL (PostgreSQL, H2).

-- Clauses 9(3)-(6): who recorded each step of an incident's reporting chain (the time is already
-- kept in the *_at column). The order of the steps is the rules' and is kept by the admin's update
-- (a step is stamped only when the one before it is).
ALTER TABLE incident ADD COLUMN maintainer_notified_by VARCHAR(64);
ALTER TABLE incident ADD COLUMN it_head_reported_by VARCHAR(64);
ALTER TABLE incident ADD COLUMN director_reported_by VARCHAR(64);
ALTER TABLE incident ADD COLUMN closed_by VARCHAR(64);

-- Clause 7: the officer keeps documents current (edition and place edited, by whom) and retires
-- those no longer in force (in_force FALSE, by whom, when).
ALTER TABLE document ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE document ADD COLUMN retired_by VARCHAR(64);
ALTER TABLE document ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

-- Clause 7: an approved take-out is returned, an approved disposal is carried out; who recorded it
-- and when.
ALTER TABLE document_request ADD COLUMN completed_by VARCHAR(64);
ALTER TABLE document_request ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;
