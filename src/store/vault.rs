//! Identity numbers at rest (PII-1): a stolen database file or backup
//! reveals none of them.
//!
//! Each stored identity number is two values: a keyed hash (HMAC-SHA256),
//! which is what equality, lookups and unique indexes compare, and an
//! authenticated encryption of the number (XChaCha20-Poly1305, a random
//! 24-byte nonce, the hash as associated data, so a sealed value moved to
//! another row no longer opens). Both keys derive from one 32-byte key in a
//! 0600 file outside the database (`roster init` creates it; config
//! `key_file`, `ROSTER_KEY_FILE`); the database holds only a check value
//! that tells the right key from a wrong one.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::{Error, Result};

type HmacSha256 = Hmac<Sha256>;

/// The format tag of a sealed value, its first byte.
const SEALED_V1: u8 = 1;
const NONCE: usize = 24;
/// A key file is one line of 64 hex digits; anything longer is not one.
const KEY_FILE_MAX: u64 = 4096;

/// The open keys.
pub struct Vault {
    mac: HmacSha256,
    aead: XChaCha20Poly1305,
    check: String,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vault(..)")
    }
}

fn derive(master: &[u8; 32], purpose: &str) -> Result<[u8; 32]> {
    let mut m = <HmacSha256 as KeyInit>::new_from_slice(master)
        .map_err(|e| Error::internal(format!("key derivation: {e}")))?;
    m.update(purpose.as_bytes());
    Ok(m.finalize().into_bytes().into())
}

impl Vault {
    fn from_master(master: &[u8; 32]) -> Result<Vault> {
        let mac =
            <HmacSha256 as KeyInit>::new_from_slice(&derive(master, "roster identity hash v1")?)
                .map_err(|e| Error::internal(format!("key: {e}")))?;
        let aead = XChaCha20Poly1305::new_from_slice(&derive(master, "roster identity seal v1")?)
            .map_err(|e| Error::internal(format!("key: {e}")))?;
        let check = hex(&derive(master, "roster key check v1")?[..16]);
        Ok(Vault { mac, aead, check })
    }

    /// A key that lives as long as the process (in-memory databases).
    pub fn ephemeral() -> Result<Vault> {
        Vault::from_master(&crate::secret::random_bytes::<32>()?)
    }

    /// What the database keeps to recognise its key (not the key).
    pub fn check(&self) -> &str {
        &self.check
    }

    /// The keyed hash that stands for `clear` in equality and lookups.
    pub fn digest(&self, clear: &str) -> Vec<u8> {
        let mut m = self.mac.clone();
        m.update(clear.as_bytes());
        m.finalize().into_bytes().to_vec()
    }

    /// `clear` encrypted, bound to its digest.
    pub fn seal(&self, clear: &str, digest: &[u8]) -> Result<Vec<u8>> {
        let nonce = crate::secret::random_bytes::<NONCE>()?;
        let ct = self
            .aead
            .encrypt(
                &nonce.into(),
                Payload {
                    msg: clear.as_bytes(),
                    aad: digest,
                },
            )
            .map_err(|e| Error::internal(format!("sealing an identity number: {e}")))?;
        let mut out = Vec::with_capacity(1 + NONCE + ct.len());
        out.push(SEALED_V1);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    /// The digest and the sealed value of `clear`, as stored.
    pub fn store(&self, clear: &str) -> Result<(Vec<u8>, Vec<u8>)> {
        let digest = self.digest(clear);
        let sealed = self.seal(clear, &digest)?;
        Ok((digest, sealed))
    }

    /// The number a sealed value holds; refused when it was not sealed
    /// with this key for this digest.
    pub fn open(&self, sealed: &[u8], digest: &[u8]) -> Result<String> {
        let broken = |why: &str| Error::Io {
            code: "KEY_MISMATCH",
            message: format!("an identity number cannot be opened: {why}"),
        };
        let (tag, rest) = sealed.split_first().ok_or_else(|| broken("empty"))?;
        if *tag != SEALED_V1 || rest.len() < NONCE {
            return Err(broken("unknown format"));
        }
        let (nonce, ct) = rest.split_at(NONCE);
        let nonce: [u8; NONCE] = nonce.try_into().map_err(|_| broken("short nonce"))?;
        let clear = self
            .aead
            .decrypt(
                &nonce.into(),
                Payload {
                    msg: ct,
                    aad: digest,
                },
            )
            .map_err(|_| broken("it was sealed with another key or altered"))?;
        String::from_utf8(clear).map_err(|_| broken("not text"))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<[u8; 32]> {
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// Where the key of a database lives, and the key once read. Read on first
/// need: a command that never touches an identity number never needs it.
#[derive(Debug)]
pub struct Keyring {
    path: Option<PathBuf>,
    vault: OnceCell<Vault>,
}

/// The key file of a database when none is configured: beside it, named
/// after it (`roster.db` → `roster.key`).
pub fn default_key_path(db: &Path) -> PathBuf {
    let stem = db.file_stem().unwrap_or(db.as_os_str());
    let mut name = stem.to_os_string();
    name.push(".key");
    let path = db.with_file_name(name);
    if path == db {
        let mut name = db.as_os_str().to_os_string();
        name.push(".key");
        PathBuf::from(name)
    } else {
        path
    }
}

impl Keyring {
    pub fn file(path: PathBuf) -> Keyring {
        Keyring {
            path: Some(path),
            vault: OnceCell::new(),
        }
    }

    pub fn in_memory() -> Result<Keyring> {
        let vault = OnceCell::new();
        let _ = vault.set(Vault::ephemeral()?);
        Ok(Keyring { path: None, vault })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The key, read from its file (created there when `create` and the
    /// file is missing), checked against `expected` when the database has
    /// recorded one.
    pub fn vault(&self, expected: Option<&str>, create: bool) -> Result<&Vault> {
        if let Some(v) = self.vault.get() {
            return check(v, expected, self.path.as_deref());
        }
        let Some(path) = self.path.as_deref() else {
            return Err(Error::internal("an in-memory key went missing"));
        };
        let v = Vault::from_master(&read_or_create(path, create && expected.is_none())?)?;
        let v = self.vault.get_or_init(|| v);
        check(v, expected, Some(path))
    }
}

fn check<'v>(v: &'v Vault, expected: Option<&str>, path: Option<&Path>) -> Result<&'v Vault> {
    match expected {
        Some(e) if e != v.check() => Err(Error::Io {
            code: "KEY_MISMATCH",
            message: format!(
                "the identity key {} is not this database's key; point ROSTER_KEY_FILE (or key_file in the config) at the key file created with it",
                path.map(|p| p.display().to_string()).unwrap_or_default()
            ),
        }),
        _ => Ok(v),
    }
}

fn read_or_create(path: &Path, create: bool) -> Result<[u8; 32]> {
    use std::io::Read;
    let shown = path.display();
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
            return create_key(path);
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Io {
                code: "KEY_MISSING",
                message: format!(
                    "the identity key {shown} is missing: identity numbers in this database can be neither written, looked up nor shown without it; restore it from where you keep it, or point ROSTER_KEY_FILE (or key_file in the config) at it"
                ),
            });
        }
        Err(e) => {
            return Err(Error::Io {
                code: "KEY_UNREADABLE",
                message: format!("{shown}: {e}"),
            });
        }
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = file
            .metadata()
            .map_err(|e| Error::Io {
                code: "KEY_UNREADABLE",
                message: format!("{shown}: {e}"),
            })?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(Error::Io {
                code: "KEY_INSECURE",
                message: format!(
                    "the identity key {shown} can be read by others (mode {:o}); run `chmod 600 {shown}`",
                    mode & 0o777
                ),
            });
        }
    }
    let mut text = String::new();
    file.take(KEY_FILE_MAX)
        .read_to_string(&mut text)
        .map_err(|e| Error::Io {
            code: "KEY_UNREADABLE",
            message: format!("{shown}: {e}"),
        })?;
    unhex(text.trim()).ok_or_else(|| Error::Io {
        code: "KEY_INVALID",
        message: format!("{shown} is not a roster identity key (one line of 64 hex digits)"),
    })
}

/// A new random key, written to a fresh 0600 file (never over an existing
/// one: two processes creating it at once agree on the first).
fn create_key(path: &Path) -> Result<[u8; 32]> {
    use std::io::Write;
    let key = crate::secret::random_bytes::<32>()?;
    let unwritable = |e: std::io::Error| Error::Io {
        code: "KEY_UNWRITABLE",
        message: format!("creating the identity key {}: {e}", path.display()),
    };
    // Written whole under a private name, then linked into place.
    let tmp = {
        let mut name = path.as_os_str().to_os_string();
        name.push(format!(".{}.tmp", std::process::id()));
        PathBuf::from(name)
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let written = opts.open(&tmp).and_then(|mut f| {
        f.write_all(format!("{}\n", hex(&key)).as_bytes())?;
        f.sync_all()
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(unwritable(e));
    }
    let linked = std::fs::hard_link(&tmp, path);
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => Ok(key),
        // Another process created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read_or_create(path, false),
        Err(e) => Err(unwritable(e)),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn pii1_sealed_numbers_open_only_with_their_key_and_digest() {
        let v = Vault::ephemeral().unwrap();
        let (d, s) = v.store("11010519491231002X").unwrap();
        assert_eq!(v.open(&s, &d).unwrap(), "11010519491231002X");
        assert_eq!(d, v.digest("11010519491231002X"));
        // Same number, same digest; a fresh nonce each time.
        assert_ne!(v.store("11010519491231002X").unwrap().1, s);
        // Another row's digest, or another key: refused.
        let other = v.digest("110105194912310037");
        assert!(v.open(&s, &other).is_err());
        let w = Vault::ephemeral().unwrap();
        assert!(w.open(&s, &d).is_err());
        assert_ne!(w.digest("11010519491231002X"), d);
        assert!(!s.windows(4).any(|x| x == b"1101"));
    }

    #[test]
    fn key_files_are_created_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("roster.key");
        let ring = Keyring::file(path.clone());
        let check = ring.vault(None, true).unwrap().check().to_string();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let again = Keyring::file(path.clone());
        assert_eq!(again.vault(Some(&check), false).unwrap().check(), check);
        assert_eq!(
            Keyring::file(path.clone())
                .vault(Some("00"), false)
                .unwrap_err()
                .code(),
            "KEY_MISMATCH"
        );
        let missing = Keyring::file(dir.path().join("none.key"));
        assert_eq!(
            missing.vault(Some(&check), true).unwrap_err().code(),
            "KEY_MISSING"
        );
    }

    #[test]
    fn the_default_key_sits_beside_the_database() {
        assert_eq!(
            default_key_path(Path::new("/d/roster.db")),
            Path::new("/d/roster.key")
        );
        assert_eq!(
            default_key_path(Path::new("/d/m.key")),
            Path::new("/d/m.key.key")
        );
        assert_eq!(default_key_path(Path::new("db")), Path::new("db.key"));
    }
}
