-- Test-fixture patch for the known defect of the shared legacy-schema.sql (see demo-data/README.md):
-- the same journal as madoguchi.journal(), but OLD.setai_no is only referenced for jumin, so that
-- writes to inkan, shotoku_kazei and kofu_seigen work once the triggers exist.
CREATE OR REPLACE FUNCTION madoguchi.journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r RECORD;
  v_atena BIGINT;
  v_setai BIGINT;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_TABLE_NAME = 'setai' THEN
    v_atena := NULL; v_setai := r.setai_no;
  ELSIF TG_TABLE_NAME = 'jumin' THEN
    v_atena := r.atena_no; v_setai := r.setai_no;
  ELSE
    v_atena := r.atena_no;
    SELECT j.setai_no INTO v_setai FROM madoguchi.jumin j WHERE j.atena_no = r.atena_no;
  END IF;
  INSERT INTO madoguchi.change_journal (table_name, atena_no, setai_no, op)
  VALUES (TG_TABLE_NAME, v_atena, v_setai, left(TG_OP, 1));
  IF TG_TABLE_NAME = 'jumin' AND TG_OP = 'UPDATE' THEN
    IF OLD.setai_no <> NEW.setai_no THEN
      INSERT INTO madoguchi.change_journal (table_name, atena_no, setai_no, op)
      VALUES (TG_TABLE_NAME, OLD.atena_no, OLD.setai_no, 'U');
    END IF;
  END IF;
  RETURN NULL;
END $$;
