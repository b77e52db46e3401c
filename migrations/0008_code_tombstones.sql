-- 0008: SW-1 / VC-1: the sweep erases the hash of an expired code instead
-- of deleting the newest code of its target, so that trying a code past its
-- five minutes answers the same (CODE_EXPIRED, CODE_USED, CODE_VOID) before
-- and after the sweep. The expiry index holds only codes that still have a
-- hash, so a sweep never walks the erased ones.
DROP INDEX codes_expiry;
CREATE INDEX codes_expiry ON codes (expires_at) WHERE code_hash <> '';
