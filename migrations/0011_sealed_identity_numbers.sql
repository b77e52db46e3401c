-- 0011: identity numbers are no longer stored in clear (PII-1).
-- Each identity column now holds the number's keyed hash (HMAC-SHA256, a
-- BLOB: what equality, lookups and unique indexes compare) and, beside it,
-- `<column>_sealed`, the number encrypted (XChaCha20-Poly1305) with a key
-- kept outside the database. The rows are converted by the Rust step of
-- this migration, which also records the key's check value here.
CREATE TABLE roster_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

ALTER TABLE orgs ADD COLUMN legal_rep_id_sealed BLOB;
ALTER TABLE penalties ADD COLUMN id_number_sealed BLOB;
ALTER TABLE employee_accounts ADD COLUMN holder_id_sealed BLOB;
ALTER TABLE employee_holders ADD COLUMN holder_id_sealed BLOB;
ALTER TABLE authorizations ADD COLUMN holder_id_sealed BLOB;
ALTER TABLE upgrades ADD COLUMN holder_id_sealed BLOB;
ALTER TABLE upgrades ADD COLUMN operator_id_sealed BLOB;
