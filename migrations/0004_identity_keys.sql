-- 0004: a pseudonym per identity number for audit object keys (AU-1, PII-1).
-- The audit log names people as `identity:110***********002X#7`: masked,
-- and still telling apart two people whose masked numbers look the same.
CREATE TABLE identity_keys (
    id        INTEGER PRIMARY KEY,
    id_number TEXT NOT NULL UNIQUE
);
