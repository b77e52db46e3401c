-- 0001: organisations, positions, departments, identities, audit (SPEC §1, §2, §9).
-- Append-only: never edit a migration that has shipped; add the next one.
-- Instants are fixed-width RFC 3339 UTC text ('2026-02-13T03:00:00Z').

CREATE TABLE orgs (
    id                  INTEGER PRIMARY KEY,
    handle              TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('enterprise', 'agency', 'shop')),
    name                TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    -- enterprise (EN-1 … EN-5)
    uscc                TEXT,
    legal_rep_name      TEXT,
    legal_rep_id        TEXT,
    individual_business INTEGER NOT NULL DEFAULT 0,
    verified_at         TEXT,
    level               TEXT,
    tools               TEXT NOT NULL DEFAULT '',
    -- EN-3: live employee accounts of both kinds, kept in step by every
    -- change (a count per row would make bulk onboarding quadratic)
    seats_held          INTEGER NOT NULL DEFAULT 0,
    -- agency and shop: the main account's phone
    main_phone          TEXT,
    -- shop (UP-1): type, qualification subject (credit code), cross-border
    shop_type           TEXT,
    subject             TEXT,
    cross_border        INTEGER NOT NULL DEFAULT 0,
    CHECK (kind <> 'enterprise' OR (uscc IS NOT NULL AND legal_rep_id IS NOT NULL AND level IS NOT NULL)),
    CHECK (kind = 'enterprise' OR main_phone IS NOT NULL),
    CHECK (kind <> 'shop' OR (shop_type IS NOT NULL AND subject IS NOT NULL))
);
-- One phone is the main account of at most one org of each kind.
CREATE UNIQUE INDEX orgs_main_phone ON orgs (kind, main_phone) WHERE main_phone IS NOT NULL;
CREATE INDEX orgs_subject ON orgs (subject) WHERE subject IS NOT NULL;

CREATE TABLE positions (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs (id),
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- sorted codes, comma-separated (POS-2a)
    permissions TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    -- POS-5: a deleted position stays, so closed accounts keep their history
    deleted_at  TEXT
);
CREATE UNIQUE INDEX positions_name ON positions (org_id, name) WHERE deleted_at IS NULL;

CREATE TABLE departments (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES orgs (id),
    parent_id  INTEGER REFERENCES departments (id),
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX departments_sibling_name ON departments (org_id, ifnull(parent_id, 0), name);
CREATE INDEX departments_parent ON departments (parent_id);

-- EA-7: penalties on an identity's other real-name accounts.
CREATE TABLE penalties (
    id         INTEGER PRIMARY KEY,
    id_number  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('ban', 'posting-restricted', 'live-restricted')),
    since      TEXT NOT NULL,
    until      TEXT,
    cleared_at TEXT
);
CREATE INDEX penalties_identity ON penalties (id_number);

-- EA-12 / PA-8: creator-marketplace identity (星图达人) by Douyin id.
CREATE TABLE xingtu (
    douyin_id TEXT PRIMARY KEY,
    since     TEXT NOT NULL
);

-- AU-1: one row per change, written in the change's own transaction.
CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    before TEXT,
    after  TEXT
);
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_object ON audit (object, at);
CREATE INDEX audit_actor ON audit (actor, at);
