-- 0005: shop official account upgrades (SPEC §5).

-- UP-4: vertical and dedicated quotas set per qualification subject.
CREATE TABLE subject_quotas (
    subject    TEXT PRIMARY KEY,
    vertical   INTEGER NOT NULL CHECK (vertical >= 0),
    dedicated  INTEGER NOT NULL CHECK (dedicated >= 0),
    updated_at TEXT NOT NULL
);

-- One row per Douyin account: its latest attempt.
CREATE TABLE upgrades (
    id                INTEGER PRIMARY KEY,
    douyin_id         TEXT NOT NULL UNIQUE,
    shop_id           INTEGER NOT NULL REFERENCES orgs (id),
    subject           TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('reviewing', 'upgraded', 'rejected', 'expired', 'cancelled')),
    mode              TEXT NOT NULL CHECK (mode IN ('manual', 'automatic')),
    -- reserved while reviewing, final once upgraded (UP-4)
    account_type      TEXT CHECK (account_type IN ('main', 'vertical', 'dedicated')),
    type_explicit     INTEGER NOT NULL,
    holder_name       TEXT NOT NULL,
    holder_id         TEXT NOT NULL,
    holder_phone      TEXT NOT NULL,
    operator_name     TEXT NOT NULL,
    operator_id       TEXT NOT NULL,
    operator_phone    TEXT NOT NULL,
    attempts          INTEGER NOT NULL,
    started_at        TEXT NOT NULL,
    review_expires_at TEXT,
    upgraded_at       TEXT,
    cancel_deadline   TEXT,
    cancel_closed_at  TEXT,
    decided_at        TEXT,
    rejection_reason  TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX upgrades_shop ON upgrades (shop_id);
CREATE INDEX upgrades_subject_live ON upgrades (subject, account_type)
    WHERE status IN ('reviewing', 'upgraded');
CREATE INDEX upgrades_operator_live ON upgrades (operator_id)
    WHERE status IN ('reviewing', 'upgraded');
-- SW-1: only pending reviews and open cancel windows can expire.
CREATE INDEX upgrades_review_due ON upgrades (review_expires_at)
    WHERE status = 'reviewing';
CREATE INDEX upgrades_cancel_due ON upgrades (cancel_deadline)
    WHERE status = 'upgraded' AND cancel_deadline IS NOT NULL AND cancel_closed_at IS NULL;

-- UP-6: every attempt with its outcome.
CREATE TABLE upgrade_attempts (
    id         INTEGER PRIMARY KEY,
    upgrade_id INTEGER NOT NULL REFERENCES upgrades (id),
    n          INTEGER NOT NULL,
    mode       TEXT NOT NULL,
    started_at TEXT NOT NULL,
    outcome    TEXT,
    ended_at   TEXT,
    reason     TEXT,
    UNIQUE (upgrade_id, n)
);
