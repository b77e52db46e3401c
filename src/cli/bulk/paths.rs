//! Where a report may not go: the database, its -wal/-shm/-journal/-turn
//! files, the input; compared by resolved path and by inode.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A path with every symlink followed, as far as it exists: a report
/// given as a symlink to the database, or to a `-wal` file that does not
/// exist yet, resolves to it.
fn resolved(p: &Path) -> PathBuf {
    let mut p = p.to_path_buf();
    for _ in 0..40 {
        match std::fs::read_link(&p) {
            Ok(target) => {
                p = match p.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            Err(_) => break,
        }
    }
    if let Ok(c) = std::fs::canonicalize(&p) {
        return c;
    }
    let dir = p
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    match (std::fs::canonicalize(&dir), p.file_name()) {
        (Ok(d), Some(name)) => d.join(name),
        _ => p,
    }
}

/// Whether two paths name one file: the same resolved path, or (both
/// existing) the same inode, which catches hard links.
fn same_file(a: &Path, b: &Path) -> bool {
    if resolved(a) == resolved(b) {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}

/// A report must not overwrite the file being imported, nor the database
/// or its -wal/-shm/-journal files (truncating those destroys committed
/// data): refused before anything is opened for writing.
pub(super) fn check_report_path(report: &Path, input: &str, db: &Path) -> Result<()> {
    if input != "-" && same_file(report, Path::new(input)) {
        return Err(Error::invalid(
            "--report",
            "REPORT_IS_INPUT",
            None,
            "the report would overwrite the file being imported; write it elsewhere",
        ));
    }
    // The report's folder must exist before the database is opened (and
    // perhaps created) for it.
    let dir = resolved(report)
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    if !dir.is_dir() {
        return Err(Error::Io {
            code: "REPORT_UNWRITABLE",
            message: format!("{}: no such folder for the report", dir.display()),
        });
    }
    let db_resolved = resolved(db);
    for suffix in ["", "-wal", "-shm", "-journal", "-turn"] {
        let mut name = db_resolved.clone().into_os_string();
        name.push(suffix);
        let mut given = db.to_path_buf().into_os_string();
        given.push(suffix);
        if same_file(report, Path::new(&name)) || same_file(report, Path::new(&given)) {
            return Err(Error::invalid(
                "--report",
                "REPORT_IS_DATABASE",
                None,
                format!(
                    "{} is the database{}: writing the report there would destroy it; write the report elsewhere",
                    report.display(),
                    if suffix.is_empty() {
                        String::new()
                    } else {
                        format!("'s {suffix} file")
                    }
                ),
            ));
        }
    }
    Ok(())
}
