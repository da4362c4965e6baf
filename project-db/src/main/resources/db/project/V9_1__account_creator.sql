-- Who created each admin account (issue 23 point 8): a request is approved only by an officer other
-- than the requester and other than the requester's account's creator, who knew its one-time
-- password. Accounts made before this column are given the actor of their latest ISSUED line of the
-- password ledger, which has recorded every issue since V1_1; 'setup' is the first-officer command.
-- An account with no such line (inserted by hand) keeps NULL: no officer is excluded as its creator.
-- Portable SQL: runs unchanged on PostgreSQL and H2.
ALTER TABLE admin_user ADD COLUMN created_by VARCHAR(64);

UPDATE admin_user SET created_by = (
  SELECT e.actor_login FROM credential_event e
  WHERE e.id = (
    SELECT MAX(l.id) FROM credential_event l
    WHERE l.subject_login = admin_user.login AND l.event = 'ISSUED'));
