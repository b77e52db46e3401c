-- 0010: the same authorisations table, with its CHECK and its unique
-- partial index written as comparisons instead of `status IN (…)` lists.
-- SQLite evaluates an IN list of more than two values through a temporary
-- table that it builds and drops on every statement evaluating it: on
-- every insert and on every change of status (measured: half the time of
-- a sweep of expired invitations). The rule and the rows stay the same.

CREATE TABLE authorizations_new (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES orgs (id),
    douyin_id         TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status = 'invited' OR status = 'reviewing'
                          OR status = 'active' OR status = 'rejected'
                          OR status = 'expired' OR status = 'ended'),
    modules           TEXT NOT NULL,
    valid_until       TEXT,
    invited_at        TEXT NOT NULL,
    invite_expires_at TEXT NOT NULL,
    holder_name       TEXT,
    holder_id         TEXT,
    accepted_at       TEXT,
    rejection_reason  TEXT,
    ended_at          TEXT,
    end_reason        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
INSERT INTO authorizations_new (id, org_id, douyin_id, status, modules, valid_until,
    invited_at, invite_expires_at, holder_name, holder_id, accepted_at, rejection_reason,
    ended_at, end_reason, created_at, updated_at)
SELECT id, org_id, douyin_id, status, modules, valid_until,
    invited_at, invite_expires_at, holder_name, holder_id, accepted_at, rejection_reason,
    ended_at, end_reason, created_at, updated_at
FROM authorizations;
DROP TABLE authorizations;
ALTER TABLE authorizations_new RENAME TO authorizations;

-- PA-4: one live binding per personal account, pending invitations included.
CREATE UNIQUE INDEX authorizations_douyin_live ON authorizations (douyin_id)
    WHERE status = 'invited' OR status = 'reviewing' OR status = 'active' OR status = 'rejected';
CREATE INDEX authorizations_douyin ON authorizations (douyin_id, id);
CREATE INDEX authorizations_org_status ON authorizations (org_id, status);
-- PA-2 / PA-7: invitations past their 48 hours hold no seat even before the sweep.
CREATE INDEX authorizations_org_invite ON authorizations (org_id, invite_expires_at)
    WHERE status = 'invited';
-- PA-1 / PA-7: an authorisation past its validity holds no seat either.
CREATE INDEX authorizations_org_valid ON authorizations (org_id, valid_until)
    WHERE status = 'active' AND valid_until IS NOT NULL;
-- SW-1: only what can still expire is indexed.
CREATE INDEX authorizations_invite_due ON authorizations (invite_expires_at)
    WHERE status = 'invited';
CREATE INDEX authorizations_valid_due ON authorizations (valid_until)
    WHERE status = 'active' AND valid_until IS NOT NULL;
