-- 0006: verification codes, agency and shop sub-accounts, customer-service
-- routing (SPEC §6, §7, §8).

-- VC-1: stored hashed; one live code per (org, target).
CREATE TABLE codes (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES orgs (id),
    target     TEXT NOT NULL,
    code_hash  TEXT NOT NULL,
    issued_at  TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    tries      INTEGER NOT NULL DEFAULT 0,
    used_at    TEXT,
    voided_at  TEXT
);
CREATE INDEX codes_target ON codes (org_id, target, id);
-- SW-1: the sweep purges codes once expired; purged rows leave the index.
CREATE INDEX codes_expiry ON codes (expires_at);

CREATE TABLE subaccounts (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES orgs (id),
    -- the phone or email the sub-account logs in with
    key        TEXT NOT NULL,
    phone      TEXT,
    email      TEXT,
    name       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('enabled', 'disabled', 'deleted', 'revoked')),
    im         INTEGER NOT NULL DEFAULT 0,
    online     INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((phone IS NULL) <> (email IS NULL))
);
-- AG-2 / SH-2: bound once per org while live.
CREATE UNIQUE INDEX subaccounts_live ON subaccounts (org_id, key)
    WHERE status IN ('enabled', 'disabled');
CREATE INDEX subaccounts_key ON subaccounts (key, status);

-- POS-4: a sub-account may hold several positions.
CREATE TABLE subaccount_positions (
    subaccount_id INTEGER NOT NULL REFERENCES subaccounts (id),
    position_id   INTEGER NOT NULL REFERENCES positions (id),
    PRIMARY KEY (subaccount_id, position_id)
);
CREATE INDEX subaccount_positions_position ON subaccount_positions (position_id);

-- SH-4: service groups bound to pages, members with weights; `current` is
-- the smooth weighted round-robin state shared by every process.
CREATE TABLE cs_groups (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES orgs (id),
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (org_id, name)
);
CREATE TABLE cs_group_pages (
    group_id INTEGER NOT NULL REFERENCES cs_groups (id),
    page     TEXT NOT NULL,
    PRIMARY KEY (group_id, page)
);
CREATE INDEX cs_group_pages_page ON cs_group_pages (page);
CREATE TABLE cs_members (
    group_id      INTEGER NOT NULL REFERENCES cs_groups (id),
    subaccount_id INTEGER NOT NULL REFERENCES subaccounts (id),
    weight        INTEGER NOT NULL CHECK (weight >= 1),
    current       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, subaccount_id)
);

-- POS-4, PA-6, EA-1: who held which permission when. Effective-dated rows
-- kept in step with every change to an account or a position, so that
-- `access check … --at T` is an index lookup, not a replay of history.
CREATE TABLE grants (
    id         INTEGER PRIMARY KEY,
    -- the key people name the account by; `alias` is a second one (an
    -- employee account's Douyin id)
    account    TEXT NOT NULL,
    alias      TEXT,
    kind       TEXT NOT NULL CHECK (kind IN ('employee', 'authorization', 'subaccount')),
    org_id     INTEGER NOT NULL REFERENCES orgs (id),
    source_id  INTEGER NOT NULL,
    permission TEXT NOT NULL,
    via        TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to   TEXT,
    -- PA-1: an authorisation's validity ends the grant even before the sweep
    expires_at TEXT
);
CREATE INDEX grants_account ON grants (account, valid_from);
CREATE INDEX grants_alias ON grants (alias, valid_from) WHERE alias IS NOT NULL;
CREATE INDEX grants_open ON grants (kind, source_id) WHERE valid_to IS NULL;
CREATE INDEX grants_from ON grants (valid_from);
