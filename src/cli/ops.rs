//! `roster backup` and `roster doctor`: upkeep of the database file.

use std::io;
use std::path::{Path, PathBuf};

use clap::Args;

use super::Run;
use crate::app::doctor;
use crate::error::{Error, Result};

pub const BACKUP_HELP: &str = "\
Copies the database with SQLite's online backup API, as one consistent \
snapshot, while other roster processes go on writing. The copy is written \
to a temporary file beside FILE (mode 0600: it holds personal data) and \
renamed into place only when complete, so FILE is never half-written. An \
existing FILE is refused (BACKUP_EXISTS, exit 1) unless --force. The copy is \
a plain SQLite file of the same schema version; restore it by pointing \
--db at it (or moving it into place while no roster runs).

Example:
  roster backup roster-$(date +%F).db";

pub const DOCTOR_HELP: &str = "\
Checks, reading only: integrity (PRAGMA integrity_check), the schema \
version and whether this roster knows it, the file's size, rows per table, \
the stored seat counters recounted from the accounts (EN-3), the upgrade \
attempt counters, the audit trail (every object has the event that created \
it and every such event its object), and every text column of every table \
scanned for resident identity numbers stored in clear (PII-1; where and how \
many, never the numbers). Exit 0 when every check passes, 1 \
(DOCTOR_FOUND_PROBLEMS) when one fails; the checks are printed either way.

Example (on exit 1, the failing checks by name):
  roster --json doctor > health.json || jq -r '.[] | select(.ok == false) | .name' health.json";

pub const MIGRATE_HELP: &str = "\
Copies every table of the database --db names (audit log and history \
included, ids kept) into the database --to names, which must hold no \
roster data yet: an SQLite file is created, a PostgreSQL database must \
exist (its schema is created). Either direction works: SQLite to \
PostgreSQL when a team outgrows the file, PostgreSQL to SQLite for a local \
copy. The source is read as one snapshot while others go on writing; the \
copy is one transaction, checked before it commits: rows per table, and \
every kind's export and the audit log read back identical on both sides. \
Nothing is kept of a copy that fails. The copy ends with one audit event, \
database.migrate, naming its source. Identity numbers stay sealed with the \
same key (--key-file): give the same key file when you use the copy. To \
move a file to PostgreSQL: `roster --db roster.db --key-file roster.key \
migrate --to URL` (a PostgreSQL URL, as --db takes one), then point --db at \
the URL. \
An existing destination with roster data is refused \
(MIGRATE_TARGET_NOT_EMPTY, exit 5).

Example (a local copy, opened with the same key):
  roster migrate --to copy.db && roster --db copy.db --key-file roster.key org list";

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The database to copy into: an SQLite file path, or a PostgreSQL URL
    #[arg(long)]
    to: PathBuf,
}

pub fn migrate(run: &mut Run, a: MigrateArgs) -> Result<()> {
    use crate::store::Location;
    let from_at = Location::of(&run.global.db);
    let to_at = Location::of(&a.to);
    if from_at == to_at {
        return Err(Error::invalid(
            "--to",
            "MIGRATE_TARGET_NOT_EMPTY",
            None,
            "--to names the database --db names: a database cannot be copied into itself",
        ));
    }
    let mut from = run.store()?;
    let key = run.key_file()?;
    let busy = run.global.busy_timeout;
    let created = match &to_at {
        Location::File(p) => (!p.exists()).then(|| p.clone()),
        Location::Postgres(_) => None,
    };
    let out = (|| {
        let mut to = match &to_at {
            Location::File(p) => {
                crate::store::netfs::check(p, run.global.allow_network_fs)?;
                crate::store::Store::open(p, busy, &key)?
            }
            Location::Postgres(url) => crate::store::Store::connect(url, busy, &key, true)?,
        };
        let ctx = run.ctx();
        crate::app::migrate::run(&mut from, &mut to, &ctx, &from_at.to_string())
    })();
    let report = match out {
        Ok(r) => r,
        Err(e) => {
            // A file this command created and could not fill is removed.
            if let Some(p) = created {
                for suffix in ["", "-wal", "-shm", "-turn"] {
                    let _ = std::fs::remove_file(crate::store::sibling(&p, suffix));
                }
            }
            return Err(e);
        }
    };
    run.say(format!(
        "copied {} rows of {} tables from {from_at} to {to_at}, verified; identity key {}",
        report.rows,
        report.tables.len(),
        key.display()
    ));
    let mut v = serde_json::to_value(&report)
        .map_err(|e| Error::internal(format!("migrate report: {e}")))?;
    v["from"] = from_at.to_string().into();
    v["to"] = to_at.to_string().into();
    v["key_file"] = key.display().to_string().into();
    run.one(&v)
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (a new file unless --force)
    file: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,
}

pub fn backup(run: &mut Run, a: BackupArgs) -> Result<()> {
    let store = run.store_as_is()?;
    if store.is_postgres() {
        return Err(crate::store::not_on_postgres("roster backup"));
    }
    let db = run.global.db.clone();
    refuse_database_files(&a.file, &db)?;
    if !a.force && a.file.symlink_metadata().is_ok() {
        return Err(exists(&a.file));
    }
    let dir = crate::store::parent_dir(&a.file);
    let name = a
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".to_string());
    let tmp = Scratch(dir.join(format!(".{name}.roster-backup-{}", std::process::id())));
    create_private(&tmp.0).map_err(|e| unwritable(&tmp.0, &e))?;
    let info = store.backup_into(&tmp.0)?;
    std::fs::File::open(&tmp.0)
        .and_then(|f| f.sync_all())
        .map_err(|e| unwritable(&tmp.0, &e))?;
    if a.force {
        std::fs::rename(&tmp.0, &a.file).map_err(|e| unwritable(&a.file, &e))?;
    } else {
        // A link fails if FILE appeared meanwhile: never replaced unasked.
        std::fs::hard_link(&tmp.0, &a.file).map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                exists(&a.file)
            } else {
                unwritable(&a.file, &e)
            }
        })?;
    }
    drop(tmp);
    // The rename itself is durable once the directory is.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    let bytes = std::fs::metadata(&a.file)
        .map_err(|e| unwritable(&a.file, &e))?
        .len();
    run.say(format!(
        "backed up {} to {} ({bytes} bytes, schema version {})",
        db.display(),
        a.file.display(),
        info.schema_version
    ));
    run.one(&crate::output::object([
        ("path", a.file.display().to_string().into()),
        ("bytes", bytes.into()),
        ("schema_version", info.schema_version.into()),
        ("pages", info.pages.into()),
        ("page_size", info.page_size.into()),
    ]))
}

/// The temporary copy, removed (with any journal SQLite left beside it)
/// unless it was renamed into place.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        let _ = std::fs::remove_file(crate::store::sibling(&self.0, "-journal"));
    }
}

fn create_private(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map(drop)
}

fn exists(file: &Path) -> Error {
    Error::Io {
        code: "BACKUP_EXISTS",
        message: format!(
            "{} already exists; choose another file, or --force to replace it",
            file.display()
        ),
    }
}

fn unwritable(file: &Path, e: &io::Error) -> Error {
    Error::Io {
        code: "BACKUP_UNWRITABLE",
        message: format!("{}: {e}", file.display()),
    }
}

/// The copy never lands on the database or its journal files, --force or
/// not (also through another spelling, a symlink or a hard link).
fn refuse_database_files(file: &Path, db: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let Ok(target) = std::fs::metadata(file) else {
        return Ok(());
    };
    for suffix in ["", "-wal", "-shm", "-journal"] {
        if let Ok(m) = std::fs::metadata(crate::store::sibling(db, suffix))
            && m.dev() == target.dev()
            && m.ino() == target.ino()
        {
            return Err(Error::Io {
                code: "BACKUP_EXISTS",
                message: format!(
                    "{} is the database{suffix} itself; a backup goes to another file",
                    file.display()
                ),
            });
        }
    }
    Ok(())
}

pub fn doctor(run: &mut Run) -> Result<()> {
    let mut store = run.store_as_is()?;
    if store.is_postgres() {
        return Err(crate::store::not_on_postgres("roster doctor"));
    }
    let db = run.global.db.clone();
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let files = doctor::Files {
        db_bytes: size(&db),
        wal_bytes: size(&crate::store::sibling(&db, "-wal")),
    };
    let version = store.version()?;
    let ctx = run.ctx();
    let checks = store.read(|tx| Ok(doctor::run(tx, &ctx, files, version)))?;
    let failed: Vec<&str> = checks.iter().filter(|c| !c.ok).map(|c| c.name).collect();
    let failed_text = failed.join(", ");
    let (n_failed, n_all) = (failed.len(), checks.len());
    run.all(&["name", "ok", "detail"], checks)?;
    if n_failed > 0 {
        return Err(Error::Io {
            code: "DOCTOR_FOUND_PROBLEMS",
            message: format!("{n_failed} of {n_all} checks failed: {failed_text}"),
        });
    }
    run.say(format!("all {n_all} checks passed"));
    Ok(())
}
