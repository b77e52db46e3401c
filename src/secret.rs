//! Passwords and one-time codes (PII-1): argon2id hashes with random salts,
//! random initial passwords, and the strength rule new passwords meet.

use argon2::password_hash::PasswordVerifier;
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{Error, Result};

/// How hard to hash. Production always uses argon2's recommended
/// parameters; `Fast` exists for the property tests that hash thousands of
/// times (the verifier reads the parameters from the hash either way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cost {
    #[default]
    Standard,
    Fast,
}

pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|e| Error::internal(format!("system random source: {e}")))?;
    Ok(buf)
}

/// Argon2's working memory (19 MiB with the standard parameters), kept
/// and reused by whoever hashes many passwords in a row: allocating it for
/// every hash left the allocator holding a block per hash made (measured:
/// 437 MB peak for an import of 400 employees; one workspace per hashing
/// thread keeps it at one block per core).
#[derive(Default)]
pub struct Workspace {
    blocks: Vec<argon2::Block>,
}

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Workspace({} blocks)", self.blocks.len())
    }
}

fn params(cost: Cost) -> Result<Params> {
    match cost {
        Cost::Standard => Ok(Params::default()),
        Cost::Fast => Params::new(Params::MIN_M_COST, 1, 1, None)
            .map_err(|e| Error::internal(format!("argon2 parameters: {e}"))),
    }
}

/// An argon2id PHC string (`$argon2id$v=19$…`).
pub fn hash(secret: &str, cost: Cost) -> Result<String> {
    hash_in(&mut Workspace::default(), secret, cost)
}

/// [`hash`] in a workspace that is reused.
pub fn hash_in(ws: &mut Workspace, secret: &str, cost: Cost) -> Result<String> {
    use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
    let failed = |e: &dyn std::fmt::Display| Error::internal(format!("hashing: {e}"));
    let params = params(cost)?;
    let salt = random_bytes::<16>()?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    ws.blocks
        .resize(params.block_count(), argon2::Block::default());
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon
        .hash_password_into_with_memory(secret.as_bytes(), &salt, &mut out, &mut ws.blocks[..])
        .map_err(|e| failed(&e))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| failed(&e))?,
        salt: Some(Salt::new(&salt).map_err(|e| failed(&e))?),
        hash: Some(Output::new(&out).map_err(|e| failed(&e))?),
    };
    Ok(phc.to_string())
}

/// A password made ready before the write lock is taken (by design: CPU work
/// before `BEGIN IMMEDIATE`): checked, generated when none was given, and
/// hashed. Argon2 costs tens of milliseconds; holding the lock for it
/// starved other writers.
#[derive(Clone, PartialEq, Eq)]
pub struct Prepared {
    plain: String,
    hash: String,
    generated: bool,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("hashed", &self.is_hashed())
            .field("generated", &self.generated)
            .finish_non_exhaustive()
    }
}

impl Prepared {
    /// The argon2 PHC string to store; empty for a placeholder.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// The password in clear, for the one comparison that needs it (EA-6:
    /// the new password must differ from the initial one).
    pub fn plain(&self) -> &str {
        &self.plain
    }

    /// The generated password, to be shown once; `None` when the caller
    /// chose it.
    pub fn generated(&self) -> Option<&str> {
        self.generated.then_some(self.plain.as_str())
    }

    /// Whether this may be stored: a placeholder stands in where nothing
    /// will be stored (a dry run, a row that must fail), and is never
    /// committed.
    pub fn is_hashed(&self) -> bool {
        !self.hash.is_empty()
    }

    /// Checked and generated like `prepare`, but not hashed: for rows that
    /// will be rolled back whatever happens.
    pub fn placeholder(given: Option<&str>, field: &str, rule: &'static str) -> Result<Prepared> {
        Ok(match given {
            Some(p) => {
                check_password(field, p, rule)?;
                Prepared {
                    plain: p.to_string(),
                    hash: String::new(),
                    generated: false,
                }
            }
            None => Prepared {
                plain: random_password()?,
                hash: String::new(),
                generated: true,
            },
        })
    }

    /// Hashes a placeholder (a row that turned out to need it after all).
    pub fn hashed(self, cost: Cost) -> Result<Prepared> {
        self.hashed_in(&mut Workspace::default(), cost)
    }

    /// [`Prepared::hashed`] in a workspace that is reused.
    pub fn hashed_in(mut self, ws: &mut Workspace, cost: Cost) -> Result<Prepared> {
        if !self.is_hashed() {
            self.hash = hash_in(ws, &self.plain, cost)?;
        }
        Ok(self)
    }
}

/// A chosen password is checked against the strength rule, a missing one is
/// generated (to be shown once); either is hashed.
pub fn prepare(
    given: Option<&str>,
    field: &str,
    rule: &'static str,
    cost: Cost,
) -> Result<Prepared> {
    Prepared::placeholder(given, field, rule)?.hashed(cost)
}

/// Whether `secret` matches the stored hash.
pub fn verify(secret: &str, phc: &str) -> bool {
    Argon2::default()
        .verify_password(secret.as_bytes(), phc)
        .is_ok()
}

/// Letters and digits without look-alikes (0/O, 1/l/I).
const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A 16-character initial password with at least one letter and one digit.
pub fn random_password() -> Result<String> {
    loop {
        let bytes = random_bytes::<16>()?;
        let pw: String = bytes
            .iter()
            .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
            .collect();
        if pw.chars().any(|c| c.is_ascii_digit()) && pw.chars().any(|c| c.is_ascii_alphabetic()) {
            return Ok(pw);
        }
    }
}

/// Six random digits (VC-1).
pub fn random_code() -> Result<String> {
    // Rejection sampling keeps every code equally likely.
    loop {
        let n = u32::from_le_bytes(random_bytes::<4>()?);
        if n < 4_294_000_000 {
            return Ok(format!("{:06}", n % 1_000_000));
        }
    }
}

/// A password people may choose: 8 to 64 characters, at least one letter
/// and one digit, no surrounding spaces.
pub fn check_password(field: &str, pw: &str, rule: &'static str) -> Result<()> {
    let len = pw.chars().count();
    let why = if !(8..=64).contains(&len) {
        Some(format!("must be 8 to 64 characters, got {len}"))
    } else if pw.trim() != pw {
        Some("must not start or end with a space".to_string())
    } else if !pw.chars().any(|c| c.is_alphabetic()) || !pw.chars().any(|c| c.is_ascii_digit()) {
        Some("needs at least one letter and one digit".to_string())
    } else {
        None
    };
    match why {
        Some(w) => Err(Error::invalid(field, "WEAK_PASSWORD", Some(rule), w)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::PasswordHasher;

    #[test]
    fn pii1_hash_verifies_and_never_contains_the_secret() {
        let h = hash("s3cretPass", Cost::Fast).unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(!h.contains("s3cretPass"));
        assert!(verify("s3cretPass", &h));
        assert!(!verify("s3cretPasS", &h));
        assert!(!verify("x", "not a hash"));
    }

    /// The reused workspace gives the PHC string argon2's own hasher gives
    /// for the same salt, with the standard parameters, and a workspace
    /// used for several hashes (of either cost) stays correct.
    #[test]
    fn a_reused_workspace_hashes_exactly_as_argon2_does() {
        let mut ws = Workspace::default();
        for (secret, cost) in [
            ("first-Pass1", Cost::Standard),
            ("second-Pass2", Cost::Fast),
            ("third-Pass3", Cost::Standard),
        ] {
            let h = hash_in(&mut ws, secret, cost).unwrap();
            assert!(verify(secret, &h), "{h}");
            assert!(!verify("other-Pass9", &h));
            let parsed = argon2::password_hash::phc::PasswordHash::new(&h).unwrap();
            let salt = parsed.salt.unwrap();
            let theirs = Argon2::new(Algorithm::Argon2id, Version::V0x13, params(cost).unwrap())
                .hash_password_with_salt(secret.as_bytes(), salt.as_ref())
                .unwrap()
                .to_string();
            assert_eq!(h, theirs);
        }
        assert!(
            hash("x-Pass1234", Cost::Standard)
                .unwrap()
                .contains("m=19456,t=2,p=1")
        );
    }

    #[test]
    fn same_secret_gets_different_salts() {
        assert_ne!(
            hash("abc12345", Cost::Fast).unwrap(),
            hash("abc12345", Cost::Fast).unwrap()
        );
    }

    #[test]
    fn generated_passwords_pass_the_strength_rule() {
        for _ in 0..50 {
            let pw = random_password().unwrap();
            assert_eq!(pw.len(), 16);
            check_password("p", &pw, "EA-1").unwrap();
        }
    }

    #[test]
    fn vc1_codes_are_six_digits() {
        for _ in 0..50 {
            let c = random_code().unwrap();
            assert_eq!(c.len(), 6);
            assert!(c.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn weak_passwords_are_refused() {
        for bad in ["short1", "onlyletters", "12345678", " padded12 "] {
            assert_eq!(
                check_password("p", bad, "EA-1").unwrap_err().exit_code(),
                5,
                "{bad}"
            );
        }
    }
}
