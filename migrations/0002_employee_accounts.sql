-- 0002: enterprise employee accounts and their holders (SPEC §3).

CREATE TABLE employee_accounts (
    id                    INTEGER PRIMARY KEY,
    org_id                INTEGER NOT NULL REFERENCES orgs (id),
    -- EA-4: the login email, unique across all employee accounts, closed ones too
    email                 TEXT NOT NULL UNIQUE,
    douyin_id             TEXT,
    status                TEXT NOT NULL CHECK (status IN ('reviewing', 'active', 'rejected', 'withdrawn',
                              'resigning', 'vacant', 'deregistering', 'deregistered')),
    holder_name           TEXT NOT NULL,
    holder_id             TEXT NOT NULL,
    contact_phone         TEXT,
    proof                 TEXT NOT NULL,
    proof_note            TEXT,
    position_id           INTEGER NOT NULL REFERENCES positions (id),
    department_id         INTEGER REFERENCES departments (id),
    -- argon2 PHC strings only (PII-1)
    password_hash         TEXT NOT NULL,
    initial_password_hash TEXT NOT NULL,
    activated_at          TEXT,
    aux_phone             TEXT,
    app_version           TEXT,
    -- was ever approved: a rejected handover is withdrawn back to vacant
    ever_active           INTEGER NOT NULL DEFAULT 0,
    unsettled_assets      INTEGER NOT NULL DEFAULT 0,
    rejection_reason      TEXT,
    -- EA-10
    deregister_from       TEXT,
    deregister_filed_at   TEXT,
    deregister_due_at     TEXT,
    deregister_materials  TEXT,
    deregister_overdue_at TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE UNIQUE INDEX employee_douyin_live ON employee_accounts (douyin_id)
    WHERE douyin_id IS NOT NULL AND status NOT IN ('withdrawn', 'deregistered');
CREATE INDEX employee_org_status ON employee_accounts (org_id, status);
CREATE INDEX employee_position ON employee_accounts (position_id);
CREATE INDEX employee_department ON employee_accounts (department_id);
-- SW-1: only requests still waiting can become overdue.
CREATE INDEX employee_deregister_due ON employee_accounts (deregister_due_at)
    WHERE status = 'deregistering' AND deregister_overdue_at IS NULL;

-- EA-9: every holder an account has had, with their period.
CREATE TABLE employee_holders (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES employee_accounts (id),
    holder_name TEXT NOT NULL,
    holder_id   TEXT NOT NULL,
    position_id INTEGER REFERENCES positions (id),
    since       TEXT NOT NULL,
    until       TEXT,
    end_reason  TEXT
);
CREATE INDEX employee_holders_account ON employee_holders (account_id, since);
