-- 0003: authorised personal accounts (SPEC §4).

CREATE TABLE authorizations (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES orgs (id),
    douyin_id         TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('invited', 'reviewing', 'active', 'rejected', 'expired', 'ended')),
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
-- PA-4: one live binding per personal account, pending invitations included.
CREATE UNIQUE INDEX authorizations_douyin_live ON authorizations (douyin_id)
    WHERE status IN ('invited', 'reviewing', 'active', 'rejected');
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
