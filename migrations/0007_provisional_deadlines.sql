-- 0007: provisional deregistration deadlines (EA-10, TM-1).

-- A due date counted past the calendar's last covered year uses weekends
-- only; it is marked so until a calendar file covers the year and the
-- sweep recomputes it. Existing rows were all counted on the calendar.
ALTER TABLE employee_accounts ADD COLUMN deregister_due_provisional INTEGER NOT NULL DEFAULT 0
    CHECK (deregister_due_provisional IN (0, 1));

-- SW-1: the sweep looks only at requests still waiting with a provisional
-- deadline (a handful), never at every account.
CREATE INDEX employee_deregister_provisional ON employee_accounts (deregister_due_at)
    WHERE status = 'deregistering' AND deregister_due_provisional = 1;
