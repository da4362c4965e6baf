-- Cron expressions the operators changed in the admin's Jobs view (issue 5), by Quartz trigger name
-- (e.g. fullPregeneration-0). The admin also reschedules the trigger in the clustered store at
-- once; batch nodes read this table when they (re)register their triggers at start, so an edit
-- survives a node restart. Portable SQL: runs unchanged on PostgreSQL and H2.
CREATE TABLE batch_schedule_override (
  trigger_name VARCHAR(100) PRIMARY KEY,
  cron VARCHAR(120) NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
