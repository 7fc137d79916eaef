-- Row-level security per kommun (PostgreSQL). Several kommuner can share one database safely: a
-- restricted role (the dashboard's, a regional service's reader) sees and writes only the rows of the
-- kommuner named in the session setting app.kommun ('0182' or '0182,0480'), and nothing when it is not
-- set (fail-closed). The tables' owner (the role that runs `db init`, ingests and the CLI) is not subject
-- to it. Rows without a kommun (kommun_code NULL) are visible to the owner only. docs/security.md.
-- Every statement can run again (create_schema runs this file at every upgrade).

ALTER TABLE kommuner ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kommun_isolation ON kommuner;
CREATE POLICY kommun_isolation ON kommuner
    USING (code = ANY (string_to_array(current_setting('app.kommun', true), ',')));

ALTER TABLE areas ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kommun_isolation ON areas;
CREATE POLICY kommun_isolation ON areas
    USING (kommun_code = ANY (string_to_array(current_setting('app.kommun', true), ',')));

ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kommun_isolation ON organisations;
CREATE POLICY kommun_isolation ON organisations
    USING (kommun_code = ANY (string_to_array(current_setting('app.kommun', true), ',')));

ALTER TABLE incidents ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kommun_isolation ON incidents;
CREATE POLICY kommun_isolation ON incidents
    USING (kommun_code = ANY (string_to_array(current_setting('app.kommun', true), ',')));

ALTER TABLE upcoming_events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kommun_isolation ON upcoming_events;
CREATE POLICY kommun_isolation ON upcoming_events
    USING (kommun_code = ANY (string_to_array(current_setting('app.kommun', true), ',')));

ALTER TABLE measures ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kommun_isolation ON measures;
CREATE POLICY kommun_isolation ON measures
    USING (kommun_code = ANY (string_to_array(current_setting('app.kommun', true), ',')));

ALTER TABLE area_status ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kommun_isolation ON area_status;
CREATE POLICY kommun_isolation ON area_status
    USING (kommun_code = ANY (string_to_array(current_setting('app.kommun', true), ',')));

ALTER TABLE reporters ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kommun_isolation ON reporters;
CREATE POLICY kommun_isolation ON reporters
    USING (kommun_code = ANY (string_to_array(current_setting('app.kommun', true), ',')));
